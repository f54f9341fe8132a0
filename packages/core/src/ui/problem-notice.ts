import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SupportedLocale } from '@welcome-widgets/domain';
import type { Problem } from '../load/problem.js';

export interface ProblemNoticeOptions {
  locale: SupportedLocale;
  /** Offered as "Try again" where trying again can help. */
  retry?: () => void;
  /** Whether the person's input is waiting in a form: the notice then says it is kept. */
  keepsInput?: boolean;
  /** When the server allows the next attempt (rate limits). */
  retryAt?: Date | undefined;
  /** False where the notice goes into a live region that is already on the page (forms). */
  announce?: boolean;
}

/** The one way every widget says that a request failed: what happened, what is kept, what to do. */
export function problemNotice(problem: Problem, options: ProblemNoticeOptions): TemplateResult {
  const canRetry = options.retry && problem !== 'rate-limited' && problem !== 'origin-not-allowed';
  return html`<div
    class="notice error-notice"
    part="status"
    role=${options.announce === false ? nothing : 'alert'}
    data-problem=${problem}
  >
    <p>
      ${problemText(problem, options)}
      ${options.keepsInput ? msg('Ihre Angaben bleiben erhalten.', { id: 'common.problem.kept' }) : nothing}
    </p>
    ${
      canRetry
        ? html`<button type="button" class="secondary retry" @click=${options.retry}>
            ${msg('Erneut versuchen', { id: 'common.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}

// Functions, not constants: msg() must run during render to answer in the widget's language.
function problemText(problem: Problem, { locale, retryAt }: ProblemNoticeOptions): string {
  switch (problem) {
    case 'offline':
      return msg('Sie sind offline. Sobald Sie wieder verbunden sind, können Sie es erneut versuchen.', {
        id: 'common.problem.offline',
      });
    case 'network':
      return msg('Keine Verbindung zum Server. Bitte versuchen Sie es erneut.', { id: 'common.problem.network' });
    case 'timeout':
      return msg('Der Server antwortet gerade nicht. Bitte versuchen Sie es erneut.', {
        id: 'common.problem.timeout',
      });
    case 'server':
      return msg('Beim Server ist etwas schiefgegangen. Bitte versuchen Sie es erneut.', {
        id: 'common.problem.server',
      });
    case 'rate-limited': {
      if (!retryAt)
        return msg('Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.', {
          id: 'common.problem.rate-limited',
        });
      const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(retryAt);
      return msg(str`Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es ab ${time} Uhr wieder.`, {
        id: 'common.problem.rate-limited-until',
      });
    }
    case 'origin-not-allowed':
      return msg(
        'Dieser Dienst ist für diese Website noch nicht freigeschaltet. Bitte wenden Sie sich an die Betreiber dieser Seite.',
        { id: 'common.problem.origin-not-allowed' },
      );
  }
}

import { msg } from '@lit/localize';
import { LoadController, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import type { NewsletterIssue, NewsletterIssueStatus, NewsletterSubscriberCounts } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { issues as fetchIssues, subscriberCounts, subscribersCsv } from '../newsletter-api.js';
import { ConsoleView } from './console-view.js';
import type { IssueEventDetail } from './newsletter-composer.js';
import { peopleCount } from './newsletter-audience.js';
import { subscriberCountsTable } from './newsletter-counts.js';
import { newsletterStyles } from './newsletter-styles.js';
import { issueFacts } from './newsletter-issue-facts.js';

interface Overview {
  counts: NewsletterSubscriberCounts;
  issues: NewsletterIssue[];
}

/** What the view shows below its heading: the overview, a draft being written, or a sent issue. */
type Opened = { kind: 'overview' } | { kind: 'compose'; draft?: NewsletterIssue } | { kind: 'issue'; id: number };

/**
 * The newsletter for editors and admins: confirmed subscribers per topic and language with their CSV
 * export, the drafts, the issues being sent and the archive; from there an issue is written,
 * previewed, tried out and sent (newsletter-composer.ts), or followed and read (newsletter-issue.ts).
 */
export class AdminNewsletterView extends ConsoleView {
  static override styles = newsletterStyles;

  @state() private opened: Opened = { kind: 'overview' };
  @state() private exported = false;
  @state() private exportProblem?: Problem;
  @state() private deleted = false;
  private generation = 0;
  private focusTarget?: string;

  private readonly overview = new LoadController<Overview, [AdminApi, number]>(this, {
    args: () => (this.adminApi && this.opened.kind === 'overview' ? [this.adminApi, this.generation] : undefined),
    task: async ([api], { signal }) => {
      const [counts, { issues }] = await Promise.all([subscriberCounts(api, { signal }), fetchIssues(api, { signal })]);
      return { counts, issues };
    },
    followsLocale: false,
    onComplete: (overview) => (this.shown = overview),
  });

  /** The last overview loaded: it stays while a fresh one loads, so nothing jumps. */
  private shown?: Overview;

  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.focusTarget;
    this.focusTarget = undefined;
    const child = this.renderRoot.querySelector<HTMLElement & { focusHeading?: () => Promise<void> }>(target);
    if (child?.focusHeading) void child.focusHeading();
    else child?.focus();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('newsletter')}</h1>
      ${this.opened.kind === 'overview' ? this.renderOverview() : this.renderOpened(this.opened)}`;
  }

  private renderOpened(opened: Exclude<Opened, { kind: 'overview' }>): TemplateResult {
    return html`<p class="back">
        <button type="button" class="secondary" @click=${this.close}>
          ${msg('Zurück zur Übersicht', { id: 'admin.newsletter.back' })}
        </button>
      </p>
      ${
        opened.kind === 'compose'
          ? html`<welcome-admin-newsletter-composer
              .adminApi=${this.adminApi}
              .issue=${opened.draft}
              @welcome-admin-newsletter-saved=${() => this.generation++}
              @welcome-admin-newsletter-sent=${this.sent}
              @welcome-admin-newsletter-deleted=${this.draftDeleted}
            ></welcome-admin-newsletter-composer>`
          : html`<welcome-admin-newsletter-issue
              .adminApi=${this.adminApi}
              .issueId=${opened.id}
            ></welcome-admin-newsletter-issue>`
      }`;
  }

  private renderOverview(): TemplateResult {
    const render = (overview: Overview) => this.renderLoaded(overview);
    return html`${this.overview.render({
      pending: () =>
        this.shown ? render(this.shown) : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
      error: (problem) =>
        isSessionLost(this.overview.error)
          ? nothing
          : problemNotice(problem, { locale: this.locale, retry: () => this.overview.run() }),
      complete: render,
    })}`;
  }

  private renderLoaded({ counts, issues }: Overview): TemplateResult {
    const of = (status: NewsletterIssueStatus) => issues.filter((issue) => issue.status === status);
    return html`<h2 id="subscribers-heading">${msg('Abonnements', { id: 'admin.newsletter.subscribers' })}</h2>
      ${subscriberCountsTable(counts, this.locale)}
      <p class="muted" id="export-hint">
        ${msg('Die Liste enthält die Adressen aller bestätigten Abonnements; der Abruf wird im Protokoll vermerkt.', {
          id: 'admin.newsletter.export.hint',
        })}
      </p>
      <div class="status" role="status">
        ${
          this.exported
            ? html`<p class="notice success-notice">
                ${msg('Die Liste ist heruntergeladen.', { id: 'admin.newsletter.export.done' })}
              </p>`
            : nothing
        }
      </div>
      <div class="problem" role="alert">
        ${
          this.exportProblem
            ? problemNotice(this.exportProblem, {
                locale: this.locale,
                announce: false,
                retry: () => void this.export(),
              })
            : nothing
        }
      </div>
      <button type="button" class="secondary" aria-describedby="export-hint" @click=${this.export}>
        ${msg('Bestätigte Abonnements als CSV herunterladen', { id: 'admin.newsletter.export' })}
      </button>

      <h2 id="issues-heading" tabindex="-1">${msg('Ausgaben', { id: 'admin.newsletter.issues' })}</h2>
      <div class="status" role="status">
        ${
          this.deleted
            ? html`<p class="notice success-notice">
                ${msg('Der Entwurf ist gelöscht.', { id: 'admin.newsletter.deleted' })}
              </p>`
            : nothing
        }
      </div>
      <button type="button" class="primary" @click=${() => this.open({ kind: 'compose' })}>
        ${msg('Neue Ausgabe schreiben', { id: 'admin.newsletter.compose.new' })}
      </button>
      ${this.renderList('drafts', msg('Entwürfe', { id: 'admin.newsletter.drafts' }), of('draft'))}
      ${this.renderList('sending', msg('Im Versand', { id: 'admin.newsletter.in-progress' }), of('sending'))}
      ${this.renderList('archive', msg('Archiv', { id: 'admin.newsletter.archive' }), of('sent'))}`;
  }

  private renderList(key: string, heading: string, list: NewsletterIssue[]): TemplateResult {
    return html`<h3 id="${key}-heading">${heading}</h3>
      ${
        list.length === 0
          ? html`<p class="muted">${msg('Keine.', { id: 'admin.newsletter.none' })}</p>`
          : html`<ul class="list" aria-labelledby="${key}-heading">
              ${list.map((issue) => this.renderIssue(issue))}
            </ul>`
      }`;
  }

  private renderIssue(issue: NewsletterIssue): TemplateResult {
    const first = issue.texts[0];
    const subject = first?.subject ?? '';
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    const at = issue.sentAt ?? issue.sendStartedAt ?? issue.updatedAt;
    return html`<li class="card">
      <h4 id="issue-${issue.id}"><span lang=${first?.language ?? 'de'}>${subject}</span></h4>
      <dl class="facts">
        ${issueFacts(issue, this.locale)}
        <dt>
          ${issue.status === 'draft' ? msg('Zuletzt geändert', { id: 'admin.newsletter.updated' }) : msg('Versand', { id: 'admin.newsletter.sent-on' })}
        </dt>
        <dd><time datetime=${at}>${date.format(new Date(at))}</time></dd>
        ${
          issue.audience
            ? html`<dt>${msg('Empfängerkreis', { id: 'admin.newsletter.audience' })}</dt>
                <dd>${peopleCount(issue.audience.recipients, this.locale)}</dd>`
            : nothing
        }
      </dl>
      <button
        type="button"
        class="secondary"
        @click=${() => this.open(issue.status === 'draft' ? { kind: 'compose', draft: issue } : { kind: 'issue', id: issue.id })}
      >
        ${
          issue.status === 'draft'
            ? msg('Bearbeiten', { id: 'admin.newsletter.open-draft' })
            : msg('Ansehen', { id: 'admin.newsletter.open-issue' })
        }<span class="visually-hidden">: <span lang=${first?.language ?? 'de'}>${subject}</span></span>
      </button>
    </li>`;
  }

  private open(opened: Exclude<Opened, { kind: 'overview' }>): void {
    this.deleted = false;
    this.exported = false;
    this.opened = opened;
    this.focusTarget =
      opened.kind === 'compose' ? 'welcome-admin-newsletter-composer' : 'welcome-admin-newsletter-issue';
  }

  private close = (): void => {
    this.opened = { kind: 'overview' };
    this.refresh();
    this.focusTarget = '#issues-heading';
  };

  private sent = (event: CustomEvent<IssueEventDetail>): void => {
    this.generation++;
    this.open({ kind: 'issue', id: event.detail.id });
  };

  private draftDeleted = (): void => {
    this.close();
    this.deleted = true;
  };

  private export = async (): Promise<void> => {
    this.exported = false;
    this.exportProblem = undefined;
    try {
      const csv = await subscribersCsv(this.admin, this.api);
      const url = URL.createObjectURL(csv);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'newsletter-subscribers.csv';
      link.click();
      // The download has its own copy once it started; the page need not keep this one.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.exported = true;
    } catch (error) {
      if (!isSessionLost(error)) this.exportProblem = problemOf(error);
    }
  };
}

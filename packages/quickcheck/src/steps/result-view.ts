import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type Audience, type QuickcheckResult, type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { bookingLink, consultationTopic } from '../consultation-topic.js';
import type { NoteFormat } from '../format/note-format.js';
import { noteText } from '../texts/note-texts.js';
import { nearMissList, pathwayCard, pointsPanel } from './result-parts.js';

export interface ResultContext {
  result: QuickcheckResult;
  format: NoteFormat;
  audience: Audience;
  locale: SupportedLocale;
  /** Heading level for a depth below the widget's heading (1 = just below). */
  level: (depth: number) => number;
  bookingHref: string;
  shareLink: string;
  copied: 'done' | 'failed' | undefined;
  onChange: () => void;
  onRestart: () => void;
  onCopy: () => void;
}

/** The result: pathways with reasons and conditions, near misses, the points, next steps and the hand-off. */
export function resultView(context: ResultContext): TemplateResult {
  const { result, format, audience, locale, level } = context;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const validFrom = dates.format(new Date(`${result.validFrom}T00:00:00Z`));
  const validUntil = dates.format(new Date(`${result.validUntil}T00:00:00Z`));
  const count = result.pathways.length;
  return html`
    <div class="result" part="result">
      <div id="result-heading" class="result-heading" role="heading" aria-level=${level(1)} tabindex="-1">
        ${
          count > 0
            ? pathwaysHeading(count, locale)
            : msg('Noch passt kein Weg, aber es gibt nächste Schritte', { id: 'quickcheck.result.none' })
        }
      </div>
      <p class="notice disclaimer">
        <strong>${msg('Orientierung, keine rechtliche Entscheidung.', { id: 'quickcheck.disclaimer.title' })}</strong>
        ${msg('Verbindlich entscheiden die Ausländerbehörde und die deutsche Auslandsvertretung.', { id: 'quickcheck.disclaimer.text' })}
        ${msg(str`Stand der Regeln: ${validFrom}, gültig bis ${validUntil}.`, { id: 'quickcheck.disclaimer.rules' })}
      </p>
      ${
        count > 0
          ? html`<ol class="pathways">
              ${result.pathways.map((pathway) => pathwayCard(pathway, { format, audience, locale, level }))}
            </ol>`
          : nothing
      }
      ${nearMissList(result, { format, audience, locale, level })}
      ${pointsPanel(result, { format, audience, locale, level })}
      <div class="next-steps">
        <div class="subheading" role="heading" aria-level=${level(2)}>
          ${msg('Was Sie jetzt tun können', { id: 'quickcheck.result.next-steps' })}
        </div>
        <ul>
          ${result.nextSteps.map((step) => html`<li>${noteText(step, format, audience, locale)}</li>`)}
        </ul>
        ${bookingAnchor(context)}
      </div>
      ${resultActions(context)}
    </div>
  `;
}

function pathwaysHeading(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    one: () => msg('Dieser Weg kann passen', { id: 'quickcheck.result.heading.one' }),
    two: () => msg(str`Diese Wege können passen (${n})`, { id: 'quickcheck.result.heading.two' }),
    few: () => msg(str`Diese Wege können passen (${n})`, { id: 'quickcheck.result.heading.few' }),
    many: () => msg(str`Diese Wege können passen (${n})`, { id: 'quickcheck.result.heading.many' }),
    other: () => msg(str`Diese Wege können passen (${n})`, { id: 'quickcheck.result.heading.other' }),
  });
}

/** The hand-off to the booking page, with the topic and the widget's language. */
function bookingAnchor({ bookingHref, result, audience, locale }: ResultContext): TemplateResult | typeof nothing {
  if (!bookingHref) return nothing;
  const href = bookingLink(bookingHref, consultationTopic(result, audience), location.href, locale);
  return html`<a class="booking button-link" part="booking" href=${href}>
    ${msg('Beratung buchen', { id: 'quickcheck.booking' })}
  </a>`;
}

function resultActions(context: ResultContext): TemplateResult {
  // The points table belongs on paper even when it is folded on screen.
  const print = (event: Event) => {
    const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
    root.querySelector('details')?.setAttribute('open', '');
    window.print();
  };
  return html`<div class="actions result-actions">
      <button type="button" class="secondary" @click=${context.onChange}>
        ${msg('Antworten ändern', { id: 'quickcheck.change' })}
      </button>
      <button type="button" class="secondary" @click=${context.onRestart}>
        ${msg('Neu beginnen', { id: 'quickcheck.restart' })}
      </button>
      <button type="button" class="secondary" @click=${print}>${msg('Drucken', { id: 'quickcheck.print' })}</button>
      <button type="button" class="secondary" @click=${context.onCopy}>
        ${msg('Link zum Ergebnis kopieren', { id: 'quickcheck.copy-link' })}
      </button>
    </div>
    <div class="copy-status" role="status">
      ${
        context.copied === 'done'
          ? msg('Link kopiert. Die Antworten stehen nur im Link und werden nirgends gespeichert.', {
              id: 'quickcheck.copy-link.done',
            })
          : context.copied === 'failed'
            ? html`<label for="share-link"
                  >${msg('Kopieren Sie diesen Link:', { id: 'quickcheck.copy-link.manual' })}</label
                >
                <input id="share-link" type="text" readonly dir="ltr" .value=${context.shareLink} />`
            : nothing
      }
    </div>`;
}

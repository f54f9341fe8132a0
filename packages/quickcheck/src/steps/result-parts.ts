import { msg, str } from '@lit/localize';
import type {
  Audience,
  QuickcheckNote,
  QuickcheckPathway,
  QuickcheckResult,
  SupportedLocale,
} from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { NoteFormat } from '../format/note-format.js';
import { noteText } from '../texts/note-texts.js';
import { pathwayText } from '../texts/pathway-texts.js';
import { pointsCriterionText } from '../texts/points-texts.js';

export interface PartContext {
  format: NoteFormat;
  audience: Audience;
  locale: SupportedLocale;
  level: (depth: number) => number;
}

export function pathwayCard(pathway: QuickcheckPathway, context: PartContext): TemplateResult {
  const { level } = context;
  const text = pathwayText(pathway.id, context.audience);
  const list = (title: string, notes: QuickcheckNote[], kind: string) =>
    notes.length === 0
      ? nothing
      : html`<div class="list-heading" role="heading" aria-level=${level(3)}>${title}</div>
          <ul class=${kind}>
            ${notes.map((n) => html`<li>${noteText(n, context.format, context.audience, context.locale)}</li>`)}
          </ul>`;
  return html`<li class="pathway" part="pathway" data-pathway=${pathway.id}>
    <div class="pathway-title" role="heading" aria-level=${level(2)}>${text.title}</div>
    <p class="summary">${text.summary}</p>
    <p class="basis">
      ${msg('Rechtsgrundlage:', { id: 'quickcheck.basis' })} <bdi lang="de" dir="ltr">${pathway.basis}</bdi>
    </p>
    ${list(msg('Warum dieser Weg passt', { id: 'quickcheck.reasons' }), pathway.reasons, 'reasons')}
    ${list(msg('Noch nachzuweisen', { id: 'quickcheck.conditions' }), pathway.conditions, 'conditions')}
    ${list(msg('Nächste Schritte', { id: 'quickcheck.steps' }), pathway.nextSteps, 'steps')}
  </li>`;
}

/** Pathways only just missed: which, what is missing, by how much. */
export function nearMissList(result: QuickcheckResult, context: PartContext): TemplateResult | typeof nothing {
  if (result.nearMisses.length === 0) return nothing;
  return html`<div class="near-misses" part="near-misses">
    <div class="subheading" role="heading" aria-level=${context.level(2)}>
      ${msg('Knapp verfehlt', { id: 'quickcheck.near.heading' })}
    </div>
    <ul>
      ${result.nearMisses.map(
        (miss) =>
          html`<li data-near-miss=${miss.id}>
            <strong>${pathwayText(miss.id, context.audience).title}:</strong>
            ${miss.missing.map((n) => noteText(n, context.format, context.audience, context.locale)).join(' ')}
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The opportunity-card points with their table, and, when the card is not among the pathways,
 * what else it needs: the points alone never promise a card the result does not offer.
 */
export function pointsPanel(result: QuickcheckResult, context: PartContext): TemplateResult | typeof nothing {
  if (result.opportunityCardPoints === null) return nothing;
  const { format } = context;
  const missing = result.opportunityCardMissing;
  return html`<div class="points" part="points">
    <details>
      <summary>
        ${msg(
          str`Punkte für die Chancenkarte: ${format.number(result.opportunityCardPoints)} (nötig: ${format.number(result.opportunityCardThreshold)})`,
          { id: 'quickcheck.points.summary' },
        )}
      </summary>
      ${pointsTable(result, format)}
    </details>
    ${
      missing.length === 0
        ? nothing
        : html`<p id="card-missing" class="card-missing">
              ${msg('Die Chancenkarte passt noch nicht. Dafür fehlt:', { id: 'quickcheck.card.missing' })}
            </p>
            <ul class="card-missing-list" aria-labelledby="card-missing">
              ${missing.map((n) => html`<li>${noteText(n, format, context.audience, context.locale)}</li>`)}
            </ul>`
    }
  </div>`;
}

function pointsTable(result: QuickcheckResult, format: NoteFormat): TemplateResult {
  if (result.opportunityCardBreakdown.length === 0) {
    return html`<p>${msg('Bisher keine Punkte.', { id: 'quickcheck.points.none' })}</p>`;
  }
  return html`<table>
    <caption class="visually-hidden">
      ${msg('Punkte nach Kriterium', { id: 'quickcheck.points.caption' })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Kriterium', { id: 'quickcheck.points.criterion' })}</th>
        <th scope="col">${msg('Punkte', { id: 'quickcheck.points.points' })}</th>
      </tr>
    </thead>
    <tbody>
      ${result.opportunityCardBreakdown.map(
        (line) =>
          html`<tr>
            <td>${pointsCriterionText(line.criterion)}</td>
            <td>${format.number(line.points)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

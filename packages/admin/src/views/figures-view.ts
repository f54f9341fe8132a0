import { msg, str } from '@lit/localize';
import { LoadController, problemNotice } from '@welcome-widgets/core';
import type { DashboardAdminList, DashboardAdminMetric } from '@welcome-widgets/domain';
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { figures } from '../figures-api.js';
import { asOfLabel } from '../figures-texts.js';
import { ConsoleView } from './console-view.js';
import { viewStyles } from './view-styles.js';

/** The dashboard's indicators for editors: each with its dates and draft, and its editor when opened. */
export class AdminFiguresView extends ConsoleView {
  static override styles = [
    viewStyles,
    css`
      :host {
        --_max-width: 64em;
      }
    `,
  ];

  /** The metric whose editor is open. */
  @state() private open?: string;
  private generation = 0;
  /** The last list loaded: it stays while a fresh one loads, so an open editor keeps its place. */
  private shown?: DashboardAdminList;

  private readonly list = new LoadController<DashboardAdminList, [AdminApi, number]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.generation] : undefined),
    task: ([api], { signal }) => figures(api, { signal }),
    followsLocale: false,
    onComplete: (list) => (this.shown = list),
  });

  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('figures')}</h1>
      <p>
        ${msg(
          'Die Kennzahlen des Dashboards: neue Daten als CSV-Datei hochladen, vor dem Veröffentlichen als Kachel prüfen, Titel und Texte in allen Sprachen pflegen.',
          { id: 'admin.figures.intro' },
        )}
      </p>
      ${this.list.render({
        pending: () =>
          this.shown
            ? this.renderList(this.shown)
            : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
        error: (problem) =>
          isSessionLost(this.list.error)
            ? nothing
            : problemNotice(problem, { locale: this.locale, retry: () => this.list.run() }),
        complete: (list) => this.renderList(list),
      })}`;
  }

  private renderList(list: DashboardAdminList): TemplateResult {
    return html`<ul class="list" @welcome-admin-figure-changed=${() => this.refresh()}>
      ${list.metrics.map((metric) => this.renderMetric(metric))}
    </ul>`;
  }

  private renderMetric(metric: DashboardAdminMetric): TemplateResult {
    const dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    const day = (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`));
    const title = metric.title.de ?? metric.id;
    const open = this.open === metric.id;
    const draft = metric.draft;
    const count = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    const uploaded = (at: string) =>
      new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    return html`<li class="card">
      <h2 id="heading-${metric.id}" lang="de">${title}</h2>
      <dl class="facts">
        <dt>${asOfLabel()}</dt>
        <dd>${day(metric.asOf)}</dd>
        <dt>${msg('Zuletzt bearbeitet', { id: 'admin.figures.edited' })}</dt>
        <dd>${day(metric.edited)}</dd>
        <dt>${msg('Datenzeilen', { id: 'admin.figures.rows' })}</dt>
        <dd>${count(metric.rows)}</dd>
        <dt>${msg('Entwurf', { id: 'admin.figures.draft' })}</dt>
        <dd>
          ${
            draft
              ? msg(
                  str`${count(draft.rows)} Zeilen, hochgeladen ${uploaded(draft.uploadedAt)} von ${draft.uploadedBy}`,
                  {
                    id: 'admin.figures.draft-summary',
                  },
                )
              : msg('keiner', { id: 'admin.figures.no-draft' })
          }
        </dd>
      </dl>
      <button
        type="button"
        class="secondary"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="editor-${metric.id}"
        aria-describedby="heading-${metric.id}"
        @click=${() => (this.open = open ? undefined : metric.id)}
      >
        ${open ? msg('Schließen', { id: 'admin.figures.close' }) : msg('Bearbeiten', { id: 'admin.figures.edit' })}
      </button>
      <div id="editor-${metric.id}">
        ${
          open
            ? html`<welcome-admin-figure-editor
                .adminApi=${this.adminApi}
                .api=${this.api}
                .metric=${metric}
              ></welcome-admin-figure-editor>`
            : nothing
        }
      </div>
    </li>`;
  }
}

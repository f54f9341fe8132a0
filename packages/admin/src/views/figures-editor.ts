import { msg, str } from '@lit/localize';
import {
  LoadController,
  WelcomeElement,
  isApiError,
  languageName,
  problemNotice,
  problemOf,
  type Problem,
} from '@welcome-widgets/core';
import {
  SUPPORTED_LOCALES,
  type DashboardAdminMetric,
  type DashboardDraft,
  type DashboardMetric,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { discardDraft, previewDraft, publishDraft, uploadDraft } from '../figures-api.js';
import { lineLabel } from '../figures-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { viewStyles } from './view-styles.js';
import { renderLoad } from './console-load.js';

/** Each kind of figure in the tile the public dashboard shows it as. */
const VARIANT_OF_KIND = { 'time-series': 'line', breakdown: 'bar', 'breakdown-over-time': 'stacked' } as const;

type Outcome = 'uploaded' | 'published' | 'discarded';

/**
 * One indicator's editor: upload a CSV file as a draft (its bad lines listed by number), the draft
 * previewed in the real public tile in any of the seven languages, publish or discard it; and the
 * indicator's texts (welcome-admin-figure-texts).
 *
 * @event {CustomEvent<{ id: string }>} welcome-admin-figure-changed - The server accepted a change of this indicator.
 */
export class AdminFigureEditor extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = [
    viewStyles,
    css`
      section {
        margin-block-start: var(--_space);
      }
      .lines {
        margin: 0.5em 0 0;
        padding-inline-start: 1.25em;
      }
      .preview {
        border: 0.125em dashed var(--_border);
        border-radius: var(--_radius);
        padding: 0.75em;
        margin-block: 0.5em;
      }
      input[type='file'] {
        max-width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) metric?: DashboardAdminMetric;

  /** What this editor knows of the draft ahead of the list: `null` after publishing or discarding. */
  @state() private draftHere?: DashboardDraft | null;
  @state() private file?: File;
  @state() private sending = false;
  @state() private outcome?: Outcome;
  @state() private refusal?: { message: string; lines: { line: number; message: string }[] };
  @state() private problem?: Problem;
  @state() private previewLanguage: SupportedLocale = 'de';

  private readonly preview = new LoadController<DashboardMetric, [AdminApi, string, string, SupportedLocale]>(this, {
    args: () => {
      const draft = this.draft;
      return this.adminApi && this.metric && draft
        ? [this.adminApi, this.metric.id, draft.uploadedAt, this.previewLanguage]
        : undefined;
    },
    task: ([api, id, , language], { signal }) => previewDraft(api, id, language, { signal }),
    followsLocale: false,
  });

  private get draft(): DashboardDraft | undefined {
    return this.draftHere === undefined ? this.metric?.draft : (this.draftHere ?? undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A fresh list has caught up with what this editor did.
    if (changed.has('metric') && changed.get('metric') !== undefined) this.draftHere = undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const metric = this.metric;
    if (!metric) return nothing;
    return html`<section aria-labelledby="upload-heading">
        <h3 id="upload-heading">${msg('Neue Daten hochladen', { id: 'admin.figures.upload.heading' })}</h3>
        ${this.renderUpload()}
      </section>
      ${
        this.draft
          ? html`<section aria-labelledby="preview-heading">
              <h3 id="preview-heading">${msg('Vorschau des Entwurfs', { id: 'admin.figures.preview.heading' })}</h3>
              ${this.renderPreview(metric)}
            </section>`
          : nothing
      }
      <section aria-labelledby="texts-heading">
        <h3 id="texts-heading">${msg('Titel und Texte', { id: 'admin.figures.texts.heading' })}</h3>
        <welcome-admin-figure-texts .adminApi=${this.adminApi} .metric=${metric}></welcome-admin-figure-texts>
      </section>`;
  }

  private renderUpload(): TemplateResult {
    return html`<form novalidate @submit=${this.upload}>
      <p id="upload-hint">
        ${msg(
          'Eine CSV-Datei in UTF-8 mit der Kopfzeile date,series,value, eine Zeile je Reihe und Stichtag. Sie wird geprüft und als Entwurf gespeichert; öffentlich wird sie erst mit „Veröffentlichen“.',
          { id: 'admin.figures.upload.hint' },
        )}
      </p>
      <div class="field">
        <label for="file">${msg('CSV-Datei', { id: 'admin.figures.upload.file' })}</label>
        <input
          id="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="upload-hint"
          @change=${(event: Event) => {
            this.file = (event.target as HTMLInputElement).files?.[0];
          }}
        />
      </div>
      <div class="problem" role="alert">${this.renderRefusal()}</div>
      <div class="status" role="status">${this.renderOutcome()}</div>
      <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
        ${
          this.sending
            ? msg('Wird hochgeladen …', { id: 'admin.figures.upload.sending' })
            : msg('Als Entwurf hochladen', { id: 'admin.figures.upload.submit' })
        }
      </button>
    </form>`;
  }

  private renderRefusal(): TemplateResult | typeof nothing {
    if (this.problem) return problemNotice(this.problem, { locale: this.locale, announce: false });
    const refusal = this.refusal;
    if (!refusal) return nothing;
    if (refusal.lines.length === 0)
      return html`<div class="notice error-notice">
        <p>
          ${msg(str`Die Datei wurde nicht übernommen: ${refusal.message}`, { id: 'admin.figures.upload.refused-file' })}
        </p>
      </div>`;
    // The server's checks speak English; the line numbers are what the editor acts on.
    return html`<div class="notice error-notice">
      <p>
        ${msg('Die Datei wurde nicht übernommen. Bitte korrigieren Sie diese Zeilen und laden Sie sie erneut hoch:', {
          id: 'admin.figures.upload.refused',
        })}
      </p>
      <ul class="lines">
        ${refusal.lines.map((line) => html`<li>${lineLabel(line.line)} <span lang="en">${line.message}</span></li>`)}
      </ul>
    </div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.outcome) {
      case 'uploaded':
        return html`<p class="notice success-notice">
          ${msg(
            str`Der Entwurf mit ${this.draft?.rows ?? 0} Zeilen ist gespeichert. Prüfen Sie die Vorschau und veröffentlichen Sie ihn.`,
            { id: 'admin.figures.upload.done' },
          )}
        </p>`;
      case 'published':
        return html`<p class="notice success-notice">
          ${msg('Die neuen Zahlen sind veröffentlicht.', { id: 'admin.figures.published' })}
        </p>`;
      case 'discarded':
        return html`<p class="notice success-notice">
          ${msg('Der Entwurf ist verworfen; öffentlich bleiben die bisherigen Zahlen.', { id: 'admin.figures.discarded' })}
        </p>`;
      default:
        return nothing;
    }
  }

  private renderPreview(metric: DashboardAdminMetric): TemplateResult {
    return html`<p id="preview-note">
        ${msg('So erscheint die Kachel nach dem Veröffentlichen. Öffentlich sind noch die bisherigen Zahlen.', {
          id: 'admin.figures.preview.note',
        })}
      </p>
      <div class="field">
        <label for="preview-language">${msg('Sprache der Vorschau', { id: 'admin.figures.preview.language' })}</label>
        <select
          id="preview-language"
          @change=${(event: Event) =>
            (this.previewLanguage = (event.target as HTMLSelectElement).value as SupportedLocale)}
        >
          ${SUPPORTED_LOCALES.map(
            (language) =>
              html`<option value=${language} lang=${language} ?selected=${language === this.previewLanguage}>
                ${languageName(language)}
              </option>`,
          )}
        </select>
      </div>
      <div class="preview">
        ${renderLoad(
          this.preview,
          this.locale,
          (data) =>
            html`<welcome-dashboard-tile
              lang=${this.previewLanguage}
              metric=${metric.id}
              variant=${VARIANT_OF_KIND[metric.kind]}
              heading-level="4"
              .data=${data}
            ></welcome-dashboard-tile>`,
        )}
      </div>
      <div class="actions">
        <button type="button" class="primary" @click=${this.publish}>
          ${msg('Veröffentlichen', { id: 'admin.figures.publish' })}
        </button>
        <button type="button" class="secondary" @click=${this.discard}>
          ${msg('Entwurf verwerfen', { id: 'admin.figures.discard' })}
        </button>
      </div>`;
  }

  private upload = async (event: Event): Promise<void> => {
    event.preventDefault();
    const metric = this.metric;
    if (this.sending || !metric || !this.adminApi) return;
    this.outcome = undefined;
    this.refusal = undefined;
    this.problem = undefined;
    if (!this.file) {
      this.refusal = {
        message: msg('Bitte wählen Sie eine CSV-Datei aus.', { id: 'admin.figures.upload.no-file' }),
        lines: [],
      };
      this.focusFileInput();
      return;
    }
    this.sending = true;
    try {
      this.draftHere = await uploadDraft(this.adminApi, this.api, metric.id, this.file);
      this.outcome = 'uploaded';
      this.changed();
    } catch (error) {
      this.refuse(error);
    } finally {
      this.sending = false;
    }
  };

  private publish = async (): Promise<void> => {
    await this.act(async (api, id) => {
      await publishDraft(api, id);
      return 'published';
    });
  };

  private discard = async (): Promise<void> => {
    await this.act(async (api, id) => {
      await discardDraft(api, id);
      return 'discarded';
    });
  };

  private async act(send: (api: AdminApi, id: string) => Promise<Outcome>): Promise<void> {
    const metric = this.metric;
    if (this.sending || !metric || !this.adminApi) return;
    this.sending = true;
    this.outcome = undefined;
    this.refusal = undefined;
    this.problem = undefined;
    try {
      this.outcome = await send(this.adminApi, metric.id);
      this.draftHere = null;
      this.changed();
      // The preview and its buttons are gone: the focus goes to where the outcome is said.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#upload-heading')?.setAttribute('tabindex', '-1');
      this.renderRoot.querySelector<HTMLElement>('#upload-heading')?.focus();
    } catch (error) {
      if (isSessionLost(error)) return;
      // Published or discarded meanwhile (another tab, a colleague): the list tells what is now.
      if (isApiError(error) && error.status === 404) {
        this.draftHere = null;
        this.changed();
      }
      this.problem = problemOf(error);
    } finally {
      this.sending = false;
    }
  }

  private refuse(error: unknown): void {
    if (isSessionLost(error)) return;
    if (isApiError(error) && (error.status === 422 || error.status === 413 || error.status === 415)) {
      const body = error.body?.error;
      this.refusal = {
        message:
          error.status === 422
            ? (body?.message ?? '')
            : msg('Die Datei ist zu groß oder keine CSV-Datei: höchstens 1 MB und 20.000 Zeilen.', {
                id: 'admin.figures.upload.too-large',
              }),
        lines: body?.lines ?? [],
      };
    } else {
      this.problem = problemOf(error);
    }
    this.focusFileInput();
  }

  private focusFileInput(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#file')?.focus());
  }

  private changed(): void {
    this.emit('welcome-admin-figure-changed', { id: this.metric?.id ?? '' });
  }
}

import { msg, str } from '@lit/localize';
import { LoadController, isApiError, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import {
  SUPPORTED_LOCALES,
  type FaqAdminEntryList,
  type FaqAdminListItem,
  type FaqImportResult,
  type FaqZeroResultList,
} from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { exportFaq, faqEntries, importFaq, zeroResultSearches } from '../faq-api.js';
import { faqLanguageName, faqStatusLabel } from '../faq-texts.js';
import { ConsoleView } from './console-view.js';
import type { FaqCreatedDetail } from './faq-create-form.js';
import type { AdminFaqEditor } from './faq-editor.js';
import { faqStyles } from './faq-styles.js';
import { renderLoad } from './console-load.js';

const PERIODS = [7, 30, 90] as const;

/**
 * The FAQ for editors: every entry with each language's state (current, outdated, missing) and the
 * "helpful" counts; an entry's editor; a new entry; the searches that found nothing ("what to write
 * next"); export and import of the Markdown folder.
 */
export class AdminFaqView extends ConsoleView {
  static override styles = faqStyles;

  /** The entry open in the editor; none: the list. */
  @state() private editing?: string;
  @state() private days: (typeof PERIODS)[number] = 30;
  @state() private transfer?: { imported: FaqImportResult } | { problem: Problem; files: string[] };
  @state() private busy = false;
  private generation = 0;
  /** The last list loaded: it stays while a fresh one loads, so nothing jumps and the focus stays put. */
  private shown?: FaqAdminEntryList;
  private focusAfter?: string;

  private readonly list = new LoadController<FaqAdminEntryList, [AdminApi, number]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.generation] : undefined),
    task: ([api], { signal }) => faqEntries(api, { signal }),
    followsLocale: false,
    onComplete: (list) => (this.shown = list),
  });

  private readonly zeroResults = new LoadController<FaqZeroResultList, [AdminApi, number, number]>(this, {
    args: () => (this.adminApi && !this.editing ? [this.adminApi, this.days, this.generation] : undefined),
    task: ([api, days], { signal }) => zeroResultSearches(api, days, { signal }),
    followsLocale: false,
  });

  /** Loads afresh (others may have changed the FAQ meanwhile). */
  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const target = this.focusAfter;
    this.focusAfter = undefined;
    if (target === 'editor')
      void this.renderRoot.querySelector<AdminFaqEditor>('welcome-admin-faq-editor')?.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('faq')}</h1>
      ${this.editing ? this.renderEditor(this.editing) : this.renderOverview()}`;
  }

  private renderEditor(id: string): TemplateResult {
    return html`<button type="button" class="secondary" @click=${this.backToList}>
        ${msg('Zurück zur Liste', { id: 'admin.faq.back' })}
      </button>
      <welcome-admin-faq-editor
        .adminApi=${this.adminApi}
        .categories=${this.shown?.categories ?? []}
        entry-id=${id}
        @welcome-admin-faq-saved=${() => this.refresh()}
      ></welcome-admin-faq-editor>`;
  }

  private renderOverview(): TemplateResult {
    return html`<p>
        ${msg(
          'Die Antworten des FAQ-Widgets in sieben Sprachen. Deutsch ist die Vorlage: Eine Übersetzung, die älter ist als ihre deutsche Fassung, ist veraltet, und das Widget sagt das. Änderungen sind sofort öffentlich.',
          { id: 'admin.faq.intro' },
        )}
      </p>
      <h2 id="entries-heading" tabindex="-1">${msg('Alle Einträge', { id: 'admin.faq.entries.heading' })}</h2>
      ${this.list.render({
        pending: () =>
          this.shown
            ? this.renderEntries(this.shown)
            : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
        error: (problem) =>
          isSessionLost(this.list.error)
            ? nothing
            : problemNotice(problem, { locale: this.locale, retry: () => this.list.run() }),
        complete: (list) => this.renderEntries(list),
      })}
      ${this.renderZeroResults()}
      <welcome-admin-faq-synonyms .adminApi=${this.adminApi}></welcome-admin-faq-synonyms>
      <welcome-admin-faq-create
        .adminApi=${this.adminApi}
        .categories=${this.shown?.categories ?? []}
        @welcome-admin-faq-created=${this.created}
      ></welcome-admin-faq-create>
      ${this.renderTransfer()}`;
  }

  private renderEntries(list: FaqAdminEntryList): TemplateResult {
    const language = this.locale === 'en' ? 'en' : 'de';
    const categories = new Map(list.categories.map((c) => [c.id, c.title[language] ?? c.id]));
    if (list.entries.length === 0)
      return html`<p class="muted">${msg('Noch keine Einträge.', { id: 'admin.faq.entries.none' })}</p>`;
    return html`<ul class="list" aria-labelledby="entries-heading">
      ${list.entries.map((entry) => this.renderEntry(entry, categories.get(entry.category) ?? entry.category))}
    </ul>`;
  }

  private renderEntry(entry: FaqAdminListItem, category: string): TemplateResult {
    const title = entry.languages.de?.title ?? entry.id;
    const outdated = SUPPORTED_LOCALES.filter((l) => entry.languages[l]?.status === 'outdated').length;
    return html`<li class="card" data-entry=${entry.id}>
      <h3 id="entry-${entry.id}" lang="de">${title}</h3>
      <dl class="facts">
        <dt>${msg('Kategorie', { id: 'admin.faq.field.category' })}</dt>
        <dd>${category}</dd>
        <dt>${msg('Hilfreich', { id: 'admin.faq.helpful' })}</dt>
        <dd>${msg(str`${entry.helpful.yes} ja, ${entry.helpful.no} nein`, { id: 'admin.faq.helpful-counts' })}</dd>
      </dl>
      <p class="visually-hidden" id="langs-${entry.id}">${msg('Stand der Sprachen', { id: 'admin.faq.languages' })}</p>
      <ul class="languages" aria-labelledby="langs-${entry.id}">
        ${SUPPORTED_LOCALES.map((l) => {
          const state = entry.languages[l];
          const status = state?.status ?? 'missing';
          return html`<li class=${status}>
            ${faqLanguageName(l, this.locale)}:
            ${faqStatusLabel(status)}${
              state && (state.helpful.yes || state.helpful.no)
                ? html` <span class="muted">(${state.helpful.yes}/${state.helpful.no})</span>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${
        outdated > 0
          ? html`<p class="notice">
              ${msg(str`Veraltete Übersetzungen: ${outdated}`, { id: 'admin.faq.outdated-count' })}
            </p>`
          : nothing
      }
      <button
        id="edit-${entry.id}"
        type="button"
        class="secondary"
        aria-describedby="entry-${entry.id}"
        @click=${() => this.edit(entry.id)}
      >
        ${msg('Bearbeiten', { id: 'admin.faq.edit' })}
      </button>
    </li>`;
  }

  private renderZeroResults(): TemplateResult {
    return html`<h2 id="zero-heading">${msg('Gesucht, nicht gefunden', { id: 'admin.faq.zero.heading' })}</h2>
      <p>
        ${msg(
          'Was Leserinnen und Leser im Widget gesucht und nicht gefunden haben, die häufigsten zuerst: Hinweise, was als Nächstes zu schreiben wäre. Gezählt wird nur der Suchtext, nichts über die Person.',
          { id: 'admin.faq.zero.intro' },
        )}
      </p>
      <div class="field">
        <label for="zero-days">${msg('Zeitraum', { id: 'admin.faq.zero.period' })}</label>
        <select id="zero-days" @change=${this.changePeriod}>
          ${PERIODS.map(
            (days) =>
              html`<option value=${days} ?selected=${days === this.days}>
                ${msg(str`Letzte ${days} Tage`, { id: 'admin.faq.zero.days' })}
              </option>`,
          )}
        </select>
      </div>
      ${renderLoad(this.zeroResults, this.locale, (list) => this.renderZeroList(list))}`;
  }

  private renderZeroList(list: FaqZeroResultList): TemplateResult {
    if (list.searches.length === 0)
      return html`<p class="muted">
        ${msg('In diesem Zeitraum hat jede Suche etwas gefunden.', { id: 'admin.faq.zero.none' })}
      </p>`;
    const day = (iso: string) =>
      new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    return html`<div class="table-wrap">
      <table aria-labelledby="zero-heading">
        <thead>
          <tr>
            <th scope="col">${msg('Suchtext', { id: 'admin.faq.zero.query' })}</th>
            <th scope="col">${msg('Sprache', { id: 'admin.faq.zero.language' })}</th>
            <th scope="col" class="number">${msg('Anzahl', { id: 'admin.faq.zero.count' })}</th>
            <th scope="col">${msg('Zuletzt', { id: 'admin.faq.zero.last' })}</th>
          </tr>
        </thead>
        <tbody>
          ${list.searches.map(
            (search) =>
              html`<tr>
                <td lang=${search.language} dir="auto">${search.query}</td>
                <td>${faqLanguageName(search.language, this.locale)}</td>
                <td class="number">${search.count}</td>
                <td>${day(search.lastDay)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTransfer(): TemplateResult {
    const transfer = this.transfer;
    return html`<h2 id="transfer-heading">${msg('Export und Import', { id: 'admin.faq.transfer.heading' })}</h2>
      <p>
        ${msg(
          'Der Export ist der Markdown-Ordner des FAQ als tar-Datei (wie FAQ_CONTENT_DIR). Ein Import ersetzt das ganze FAQ durch den Inhalt einer solchen Datei, oder ändert nichts, wenn eine Datei fehlerhaft ist.',
          { id: 'admin.faq.transfer.intro' },
        )}
      </p>
      <div class="toolbar">
        <button type="button" class="secondary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.download}>
          ${msg('FAQ exportieren', { id: 'admin.faq.export' })}
        </button>
        <div class="field">
          <label for="import-file">${msg('FAQ importieren (tar-Datei)', { id: 'admin.faq.import' })}</label>
          <input id="import-file" type="file" accept=".tar,application/x-tar" @change=${this.upload} />
        </div>
      </div>
      <div class="status" role="status">
        ${
          transfer && 'imported' in transfer
            ? html`<p class="notice success-notice">
                ${msg(
                  str`Importiert: ${transfer.imported.entries} Einträge, ${transfer.imported.translations} Übersetzungen, ${transfer.imported.categories} Kategorien.`,
                  { id: 'admin.faq.imported' },
                )}
              </p>`
            : nothing
        }
      </div>
      <div class="problem" role="alert">
        ${
          transfer && 'problem' in transfer
            ? html`${problemNotice(transfer.problem, { locale: this.locale, announce: false })}
              ${
                transfer.files.length
                  ? html`<ul>
                      ${transfer.files.map((line) => html`<li dir="auto">${line}</li>`)}
                    </ul>`
                  : nothing
              }`
            : nothing
        }
      </div>`;
  }

  private edit(id: string): void {
    this.editing = id;
    this.focusAfter = 'editor';
  }

  private backToList = (): void => {
    const id = this.editing;
    this.editing = undefined;
    this.refresh();
    this.focusAfter = id ? `#edit-${id}` : '#entries-heading';
  };

  private created = (event: CustomEvent<FaqCreatedDetail>): void => {
    this.refresh();
    this.edit(event.detail.id);
  };

  private changePeriod = (event: Event): void => {
    this.days = Number((event.target as HTMLSelectElement).value) as (typeof PERIODS)[number];
  };

  private download = async (): Promise<void> => {
    if (this.busy) return;
    this.busy = true;
    this.transfer = undefined;
    try {
      const blob = await exportFaq(this.admin, this.api);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `faq-${new Date().toISOString().slice(0, 10)}.tar`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      if (!isSessionLost(error)) this.transfer = { problem: problemOf(error), files: [] };
    } finally {
      this.busy = false;
    }
  };

  private upload = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || this.busy) return;
    this.busy = true;
    this.transfer = undefined;
    try {
      this.transfer = { imported: await importFaq(this.admin, this.api, file) };
      this.refresh();
    } catch (error) {
      if (!isSessionLost(error)) {
        const files = isApiError(error) ? (error.body?.error.files ?? []) : [];
        this.transfer = { problem: problemOf(error), files: files.map((f) => `${f.file}: ${f.message}`) };
      }
    } finally {
      input.value = '';
      this.busy = false;
    }
  };
}

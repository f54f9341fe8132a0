import { msg, str } from '@lit/localize';
import {
  FormController,
  LoadController,
  WelcomeElement,
  formProblem,
  isApiError,
  problemNotice,
  problemOf,
  textField,
  type Problem,
} from '@welcome-widgets/core';
import {
  RTL_LOCALES,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  type FaqAdminCategory,
  type FaqAdminEntry,
  type FaqPreview,
  type FaqTextStatus,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { faqEntry, previewFaqAnswer, saveFaqText, updateFaqEntry } from '../faq-api.js';
import { faqFieldErrorText, faqLanguageName, faqStatusExplained, faqStatusLabel } from '../faq-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { faqStyles } from './faq-styles.js';

const FIELDS = ['title', 'body'] as const;

interface TextValues {
  title: string;
  body: string;
}

export interface FaqSavedDetail {
  id: string;
  language: SupportedLocale;
}

/**
 * One FAQ entry: the language being edited beside the German reference (stacked on a narrow
 * screen), its title and Markdown answer, a preview rendered by the server exactly as the public
 * answer is, and saving. What was typed in a language stays while switching to another and back,
 * and through a refused save.
 *
 * @event {CustomEvent<FaqSavedDetail>} welcome-admin-faq-saved - A text was saved.
 */
export class AdminFaqEditor extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = faqStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: 'entry-id' }) entryId = '';
  /** The categories to move the entry to. */
  @property({ attribute: false }) categories: FaqAdminCategory[] = [];

  @state() private language: SupportedLocale = SOURCE_LOCALE;
  @state() private saved?: SupportedLocale;
  @state() private conflict = false;
  @state() private preview?: { language: SupportedLocale; result: FaqPreview } | { problem: Problem };
  @state() private previewing = false;
  @state() private category?: { saved: true } | { problem: Problem };

  /** What was typed per language and not saved yet. */
  private readonly drafts = new Map<SupportedLocale, TextValues>();
  /** As loaded, then as each save answered. */
  @state() private entry?: FaqAdminEntry;

  private readonly load = new LoadController<FaqAdminEntry, [AdminApi, string]>(this, {
    args: () => (this.adminApi && this.entryId ? [this.adminApi, this.entryId] : undefined),
    task: ([api, id], { signal }) => faqEntry(api, id, { signal }),
    followsLocale: false,
    onComplete: (entry) => {
      this.entry = entry;
      this.form.reset();
    },
  });

  private readonly form = new FormController<TextValues, (typeof FIELDS)[number]>(this, {
    initial: () => this.drafts.get(this.language) ?? this.stored(this.language),
    fields: FIELDS,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entryId') && changed.get('entryId') !== undefined) {
      this.drafts.clear();
      this.entry = undefined;
      this.language = SOURCE_LOCALE;
      this.saved = undefined;
      this.preview = undefined;
      this.category = undefined;
    }
  }

  /** Moves the focus to the entry's heading, as opening a page would. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    await this.load.settled();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render(): TemplateResult {
    return html`${this.load.render({
      pending: () =>
        this.entry
          ? this.renderEntry(this.entry)
          : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
      error: (problem) =>
        isSessionLost(this.load.error)
          ? nothing
          : problemNotice(problem, { locale: this.locale, retry: () => this.load.run() }),
      complete: (loaded) => this.renderEntry(this.entry ?? loaded),
    })}`;
  }

  private stored(language: SupportedLocale): TextValues {
    const text = this.entry?.texts[language];
    return { title: text?.title ?? '', body: text?.body ?? '' };
  }

  private status(language: SupportedLocale): FaqTextStatus {
    return this.entry?.texts[language]?.status ?? 'missing';
  }

  private renderEntry(entry: FaqAdminEntry): TemplateResult {
    const german = entry.texts.de;
    const language = this.language;
    const name = (l: SupportedLocale) => faqLanguageName(l, this.locale);
    return html`<h2 id="entry-heading" tabindex="-1" lang="de">${german?.title ?? entry.id}</h2>
      <dl class="facts">
        <dt>${msg('Kennung', { id: 'admin.faq.field.id' })}</dt>
        <dd><code>${entry.id}</code></dd>
      </dl>
      ${this.renderCategory(entry)}
      <div class="field">
        <label for="language">${msg('Sprache, die Sie bearbeiten', { id: 'admin.faq.editor.language' })}</label>
        <select id="language" @change=${this.switchLanguage}>
          ${SUPPORTED_LOCALES.map(
            (l) =>
              html`<option value=${l} ?selected=${l === language}>
                ${name(l)} (${faqStatusLabel(this.status(l))})
              </option>`,
          )}
        </select>
      </div>
      <div class="side-by-side ${language === SOURCE_LOCALE ? 'single' : ''}">
        ${language === SOURCE_LOCALE ? nothing : this.renderReference(entry)} ${this.renderForm(entry)}
      </div>`;
  }

  /** The entry's category, for every language at once (translators change words, not structure). */
  private renderCategory(entry: FaqAdminEntry): TemplateResult {
    const title = (category: FaqAdminCategory) => category.title[this.locale === 'en' ? 'en' : 'de'] ?? category.id;
    const outcome = this.category;
    return html`<form novalidate class="toolbar" @submit=${this.moveCategory}>
        <div class="field">
          <label for="category">${msg('Kategorie', { id: 'admin.faq.field.category' })}</label>
          <select id="category">
            ${this.categories.map(
              (category) =>
                html`<option value=${category.id} ?selected=${category.id === entry.category}>
                  ${title(category)}
                </option>`,
            )}
          </select>
        </div>
        <button type="submit" class="secondary">
          ${msg('Kategorie ändern', { id: 'admin.faq.editor.category-save' })}
        </button>
      </form>
      <div class="status" role="status">
        ${
          outcome && 'saved' in outcome
            ? html`<p class="notice success-notice">
                ${msg('Die Kategorie ist geändert.', { id: 'admin.faq.editor.category-saved' })}
              </p>`
            : nothing
        }
      </div>
      <div class="problem" role="alert">
        ${
          outcome && 'problem' in outcome
            ? problemNotice(outcome.problem, { locale: this.locale, announce: false })
            : nothing
        }
      </div>`;
  }

  private moveCategory = async (event: Event): Promise<void> => {
    event.preventDefault();
    const api = this.adminApi;
    const entry = this.entry;
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select#category');
    if (!api || !entry || !select) return;
    this.category = undefined;
    try {
      this.entry = await updateFaqEntry(api, entry.id, { category: select.value });
      this.category = { saved: true };
      this.emit<FaqSavedDetail>('welcome-admin-faq-saved', { id: entry.id, language: SOURCE_LOCALE });
    } catch (error) {
      if (!isSessionLost(error)) this.category = { problem: problemOf(error) };
    }
  };

  private renderReference(entry: FaqAdminEntry): TemplateResult {
    const german = entry.texts.de;
    return html`<section class="card reference" aria-labelledby="reference-heading">
      <h3 id="reference-heading">${msg('Deutsche Vorlage', { id: 'admin.faq.editor.reference' })}</h3>
      ${
        german
          ? html`<p class="muted">
                ${msg(str`Zuletzt geändert: ${this.formatInstant(german.updatedAt)}`, {
                  id: 'admin.faq.editor.changed-at',
                })}
              </p>
              <p class="reference-title" lang="de"><strong>${german.title}</strong></p>
              <div class="markdown" lang="de">${german.body}</div>`
          : nothing
      }
    </section>`;
  }

  private renderForm(entry: FaqAdminEntry): TemplateResult {
    const form = this.form;
    const language = this.language;
    const text = entry.texts[language];
    const status = this.status(language);
    const languageName = faqLanguageName(language, this.locale);
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => faqFieldErrorText(field, code);
    return html`<form novalidate class="text-form" aria-labelledby="text-heading" @submit=${this.save}>
      <h3 id="text-heading">${msg(str`Text auf ${languageName}`, { id: 'admin.faq.editor.text-heading' })}</h3>
      <p class="status-line status-${status}">
        ${faqStatusExplained(status)}
        ${
          text
            ? html`${msg(str`Gespeichert: ${this.formatInstant(text.updatedAt)}`, { id: 'admin.faq.editor.saved-at' })}`
            : nothing
        }
      </p>
      <div class="text-fields" lang=${language} dir=${RTL_LOCALES.includes(language) ? 'rtl' : 'ltr'}>
        ${textField(form, 'title', {
          label: msg('Frage', { id: 'admin.faq.field.title' }),
          required: true,
          maxlength: 300,
          errorText: errorText('title'),
        })}
        ${textField(form, 'body', {
          label: msg('Antwort (Markdown)', { id: 'admin.faq.field.body' }),
          hint: msg('Absätze durch eine Leerzeile, Listen mit „- “, Links als [Text](https://…).', {
            id: 'admin.faq.field.body-hint',
          }),
          rows: 12,
          required: true,
          errorText: errorText('body'),
        })}
      </div>
      <div class="status" role="status">
        ${
          this.saved === language
            ? html`<p class="notice success-notice">
                ${msg(str`Gespeichert. Das Widget zeigt den Text auf ${languageName} jetzt.`, {
                  id: 'admin.faq.editor.saved',
                })}
              </p>`
            : nothing
        }
      </div>
      <div class="problem" role="alert">
        ${
          this.conflict
            ? html`<p class="notice error-notice">
                ${msg(
                  'Jemand anderes hat diesen Text inzwischen gespeichert. Ihr Text ist noch hier; laden Sie den Eintrag neu, um die andere Fassung zu sehen.',
                  { id: 'admin.faq.editor.conflict' },
                )}
              </p>`
            : nothing
        }
      </div>
      ${formProblem(form, { locale: this.locale, retry: () => void this.save() })}
      <div class="actions">
        <button
          id="show-preview"
          type="button"
          class="secondary"
          aria-disabled=${this.previewing ? 'true' : 'false'}
          @click=${this.showPreview}
        >
          ${msg('Vorschau', { id: 'admin.faq.editor.preview' })}
        </button>
        <button id="save-text" type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${
            form.submitting
              ? msg('Wird gespeichert …', { id: 'admin.saving' })
              : msg(str`Text auf ${languageName} speichern`, { id: 'admin.faq.editor.save' })
          }
        </button>
        ${
          this.conflict
            ? html`<button type="button" class="secondary" @click=${this.reload}>
                ${msg('Eintrag neu laden', { id: 'admin.faq.editor.reload' })}
              </button>`
            : nothing
        }
      </div>
      ${this.renderPreview()}
    </form>`;
  }

  private renderPreview(): TemplateResult | typeof nothing {
    const preview = this.preview;
    if (!preview) return nothing;
    if ('problem' in preview) return problemNotice(preview.problem, { locale: this.locale, retry: this.showPreview });
    const { language, result } = preview;
    // The server's sanitised output, the public answer's own renderer: the console is served by that
    // same server, so a second sanitiser here would guard against nothing.
    return html`<section class="card preview" aria-labelledby="preview-heading">
      <h4 id="preview-heading" tabindex="-1">
        ${msg('Vorschau, wie das Widget die Antwort zeigt', { id: 'admin.faq.editor.preview-heading' })}
      </h4>
      <div class="preview-body" lang=${language} dir=${RTL_LOCALES.includes(language) ? 'rtl' : 'ltr'}>
        ${unsafeHTML(result.html)}
      </div>
    </section>`;
  }

  private formatInstant(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(new Date(iso));
  }

  private switchLanguage = (event: Event): void => {
    const next = (event.target as HTMLSelectElement).value as SupportedLocale;
    this.keepDraft();
    this.language = next;
    this.saved = undefined;
    this.conflict = false;
    this.preview = undefined;
    this.form.reset();
  };

  /** What was typed stays for when the person comes back to this language. */
  private keepDraft(): void {
    const values = this.form.values;
    const stored = this.stored(this.language);
    if (values.title !== stored.title || values.body !== stored.body) this.drafts.set(this.language, { ...values });
    else this.drafts.delete(this.language);
  }

  private showPreview = async (): Promise<void> => {
    if (this.previewing || !this.adminApi) return;
    const language = this.language;
    this.previewing = true;
    try {
      const result = await previewFaqAnswer(this.adminApi, language, this.form.values.body);
      this.preview = { language, result };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#preview-heading')?.focus();
    } catch (error) {
      if (!isSessionLost(error)) this.preview = { problem: problemOf(error) };
    } finally {
      this.previewing = false;
    }
  };

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const api = this.adminApi;
    const entry = this.entry;
    if (!api || !entry || this.form.submitting) return;
    const language = this.language;
    const { title, body } = this.form.values;
    this.saved = undefined;
    this.conflict = false;
    const sent = await this.form.submit(
      async () => {
        this.entry = await saveFaqText(api, entry.id, language, {
          title,
          body,
          baseUpdatedAt: entry.texts[language]?.updatedAt ?? null,
        });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 409) {
          this.conflict = true;
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.drafts.delete(language);
    this.form.reset();
    this.saved = language;
    this.emit<FaqSavedDetail>('welcome-admin-faq-saved', { id: entry.id, language });
  };

  private reload = (): void => {
    this.keepDraft();
    this.conflict = false;
    this.load.run();
  };
}

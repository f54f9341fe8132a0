import { msg } from '@lit/localize';
import { FormController, WelcomeElement, formProblem, isApiError, selectField, textField } from '@welcome-widgets/core';
import type { FaqAdminCategory, SupportedLocale } from '@welcome-widgets/domain';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { createFaqEntry } from '../faq-api.js';
import { faqFieldErrorText } from '../faq-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { faqStyles } from './faq-styles.js';

const FIELDS = ['id', 'category', 'title', 'body'] as const;

interface CreateValues {
  id: string;
  category: string;
  title: string;
  body: string;
}

export interface FaqCreatedDetail {
  id: string;
}

/**
 * A new entry with its German text (German is the reference every translation follows); the
 * translations are written in the entry's editor afterwards.
 *
 * @event {CustomEvent<FaqCreatedDetail>} welcome-admin-faq-created - The entry exists now.
 */
export class AdminFaqCreateForm extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = faqStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) categories: FaqAdminCategory[] = [];

  private readonly form = new FormController<CreateValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({ id: '', category: this.categories[0]?.id ?? '', title: '', body: '' }),
    fields: FIELDS,
  });

  /** The categories arrive with the list, after the form was made: the first is preselected then. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = this.categories[0];
    if (changed.has('categories') && first && !this.form.values.category)
      this.form.values = { ...this.form.values, category: first.id };
  }

  protected override render(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => faqFieldErrorText(field, code);
    const language = (this.locale === 'en' ? 'en' : 'de') satisfies SupportedLocale;
    return html`<form novalidate aria-labelledby="create-heading" @submit=${this.create}>
      <h2 id="create-heading">${msg('Neuer Eintrag', { id: 'admin.faq.create.heading' })}</h2>
      <p class="muted">
        ${msg('Zuerst auf Deutsch: Die deutsche Fassung ist die Vorlage für alle Übersetzungen.', {
          id: 'admin.faq.create.intro',
        })}
      </p>
      ${textField(form, 'id', {
        label: msg('Kennung', { id: 'admin.faq.field.id' }),
        hint: msg('Erscheint in Links zur Antwort (#faq-…): Kleinbuchstaben, Ziffern, Bindestriche.', {
          id: 'admin.faq.field.id-hint',
        }),
        autocomplete: 'off',
        ltr: true,
        required: true,
        maxlength: 64,
        errorText: errorText('id'),
      })}
      ${selectField(form, 'category', {
        label: msg('Kategorie', { id: 'admin.faq.field.category' }),
        options: this.categories.map((category) => ({
          value: category.id,
          label: category.title[language] ?? category.id,
        })),
        errorText: errorText('category'),
      })}
      <div class="text-fields" lang="de">
        ${textField(form, 'title', {
          label: msg('Frage (Deutsch)', { id: 'admin.faq.field.title-de' }),
          required: true,
          maxlength: 300,
          errorText: errorText('title'),
        })}
        ${textField(form, 'body', {
          label: msg('Antwort (Deutsch, Markdown)', { id: 'admin.faq.field.body-de' }),
          rows: 8,
          required: true,
          errorText: errorText('body'),
        })}
      </div>
      ${formProblem(form, { locale: this.locale, retry: () => void this.create() })}
      <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
        ${
          form.submitting
            ? msg('Wird gespeichert …', { id: 'admin.saving' })
            : msg('Eintrag anlegen', { id: 'admin.faq.create.submit' })
        }
      </button>
    </form>`;
  }

  private create = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const api = this.adminApi;
    if (!api) return;
    const values = this.form.values;
    const id = values.id.trim();
    const sent = await this.form.submit(
      async () => {
        await createFaqEntry(api, { id, category: values.category, title: values.title, body: values.body });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        // 409: an entry with this id exists already.
        if (isApiError(error) && error.status === 409) {
          this.form.showErrors({ id: 'taken' });
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.form.reset();
    this.emit<FaqCreatedDetail>('welcome-admin-faq-created', { id });
  };
}

import { msg, str } from '@lit/localize';
import {
  FormController,
  WelcomeElement,
  checkboxGroup,
  fieldError,
  formProblem,
  isApiError,
  languageName,
  selectField,
  textField,
} from '@welcome-widgets/core';
import {
  SUPPORTED_LOCALES,
  type AdminConsultant,
  type AdminTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { updateTopic } from '../calendars-api.js';
import { listEntryErrors } from '../calendars-forms.js';
import { calendarFieldError } from '../calendars-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { escapedId } from './calendars-hours-form.js';
import { calendarStyles } from './calendars-styles.js';

const TEXT_FIELDS = SUPPORTED_LOCALES.flatMap((locale) => [`title.${locale}`, `description.${locale}`]);
const FIELDS = ['durationMinutes', 'languages', 'consultants', ...TEXT_FIELDS];

interface TopicValues {
  durationMinutes: string;
  /** Codes of the talk's languages, separated by commas or spaces. */
  languages: string;
  consultants: string[];
  texts: Record<string, string>;
}

/**
 * One topic of the appointment picker for editors: duration, the languages of the talk, who offers
 * it, and its title and description in all seven languages of the widgets.
 *
 * @event {CustomEvent<{ id: string }>} welcome-admin-content-changed - The server stored a change; `content` is the new whole.
 */
export class AdminTopicCard extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = calendarStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) topic?: AdminTopic;
  @property({ attribute: false }) consultants: readonly AdminConsultant[] = [];

  @state() private saved = false;

  private readonly form = new FormController<TopicValues, string>(this, {
    initial: () => valuesOf(this.topic),
    fields: FIELDS,
    focusTarget: (field) => (field === 'consultants' ? '[data-first="consultants"]' : escapedId(field)),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && !changed.get('topic') && this.topic) this.form.reset();
  }

  protected override render(): TemplateResult | typeof nothing {
    const topic = this.topic;
    if (!topic) return nothing;
    const form = this.form;
    const title = topic.title[this.locale === 'en' ? 'en' : 'de'] ?? topic.id;
    return html`<article class="card" aria-labelledby="topic-heading">
      <h3 id="topic-heading">${title}</h3>
      <form novalidate @submit=${this.save}>
        ${selectField(form, 'durationMinutes', {
          label: msg('Dauer', { id: 'admin.topic.duration' }),
          options: ['30', '45', '60'].map((minutes) => ({
            value: minutes,
            label: msg(str`${minutes} Minuten`, { id: 'admin.topic.minutes' }),
          })),
          errorText: (code) => calendarFieldError('choice', code),
        })}
        ${textField(form, 'languages', {
          label: msg('Sprachen des Gesprächs', { id: 'admin.topic.languages' }),
          hint: msg('Sprachcodes, durch Kommas getrennt, zum Beispiel de, en, uk.', {
            id: 'admin.topic.languages-hint',
          }),
          ltr: true,
          errorText: (code) => calendarFieldError('list', code),
        })}
        ${checkboxGroup(form, 'consultants', {
          legend: msg('Beraten von', { id: 'admin.topic.consultants' }),
          options: this.consultants.map((one) => ({ value: one.id, label: one.name })),
          errorText: (code) => calendarFieldError('list', code),
        })}
        ${SUPPORTED_LOCALES.map(
          (locale) =>
            html`${this.textInput(locale, 'title', msg('Titel', { id: 'admin.topic.title' }))}
            ${this.textInput(locale, 'description', msg('Beschreibung', { id: 'admin.topic.description' }))}`,
        )}
        <div class="status" role="status">
          ${
            this.saved
              ? html`<p class="notice success-notice">
                  ${msg('Das Thema ist gespeichert; der Terminkalender zeigt es gleich so.', { id: 'admin.topic.saved' })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.save() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg(str`Thema „${title}“ speichern`, { id: 'admin.topic.save' })}
        </button>
      </form>
    </article>`;
  }

  /** A title or description in one language, written in that language (and its direction). */
  private textInput(locale: SupportedLocale, part: 'title' | 'description', label: string): TemplateResult {
    const field = `${part}.${locale}`;
    const form = this.form;
    return html`<div class="field">
      <label for=${field}>${label} – <span lang=${locale}>${languageName(locale)}</span></label>
      <input
        id=${field}
        type="text"
        lang=${locale}
        dir="auto"
        maxlength="500"
        .value=${live(form.values.texts[field] ?? '')}
        aria-invalid=${form.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(form.describedBy(field))}
        @input=${(event: Event) =>
          form.set({ texts: { ...form.values.texts, [field]: (event.target as HTMLInputElement).value } }, field)}
      />
      ${fieldError(form, field, (code) => calendarFieldError('text', code))}
    </div>`;
  }

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const topic = this.topic;
    if (!topic || !this.adminApi || this.form.submitting) return;
    const api = this.adminApi;
    const values = this.form.values;
    this.saved = false;
    const text = (part: 'title' | 'description') =>
      Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, values.texts[`${part}.${locale}`] ?? '']));
    const empty = TEXT_FIELDS.filter((field) => !(values.texts[field] ?? '').trim());
    if (empty.length) {
      this.form.showErrors(Object.fromEntries(empty.map((field) => [field, 'required'])));
      return;
    }
    const update = {
      durationMinutes: Number(values.durationMinutes),
      languages: values.languages
        .split(/[\s,]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
      consultants: values.consultants,
      title: text('title'),
      description: text('description'),
    };
    const sent = await this.form.submit(
      async () => {
        const content = await updateTopic(api, topic.id, update);
        this.topic = content.topics.find((one) => one.id === topic.id) ?? topic;
        this.emit('welcome-admin-content-changed', { content });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 422) {
          const errors = listEntryErrors(error.fieldCodes, ['languages', 'consultants']);
          this.form.showErrors(errors);
          return Object.keys(errors).some((field) => FIELDS.includes(field));
        }
        return false;
      },
    );
    if (sent) this.saved = true;
  };
}

function valuesOf(topic: AdminTopic | undefined): TopicValues {
  const texts: Record<string, string> = {};
  for (const locale of SUPPORTED_LOCALES) {
    texts[`title.${locale}`] = topic?.title[locale] ?? '';
    texts[`description.${locale}`] = topic?.description[locale] ?? '';
  }
  return {
    durationMinutes: String(topic?.durationMinutes ?? 45),
    languages: topic?.languages.join(', ') ?? '',
    consultants: [...(topic?.consultants ?? [])],
    texts,
  };
}

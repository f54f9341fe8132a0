import { msg, str } from '@lit/localize';
import { FormController, WelcomeElement, fieldError, formProblem, languageName } from '@welcome-widgets/core';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  isCountryCode,
  type DashboardAdminMetric,
  type DashboardTextsUpdate,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { saveFigureTexts } from '../figures-api.js';
import { asOfLabel, figureFieldError, seriesLabelText } from '../figures-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { viewStyles } from './view-styles.js';

/** The form's values by the path the API names them by in a 422: `title.en`, `seriesLabels.EU.uk`. */
type Values = Record<string, string>;

/**
 * An indicator's texts, one language at a time with the German reference beside each field, and
 * the source and data-as-of date every language shares. Saved whole; a 422 names fields by path,
 * and the form turns to the language of the first one.
 *
 * @event {CustomEvent<{ id: string }>} welcome-admin-figure-changed - The texts were saved.
 */
export class AdminFigureTextsForm extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = [
    viewStyles,
    css`
      .pair {
        display: grid;
        gap: 0 1em;
      }
      .reference {
        margin: 0.25em 0 0;
        color: var(--_muted);
      }
      @media (min-width: 48em) {
        .pair {
          grid-template-columns: 1fr 1fr;
          align-items: end;
        }
        .pair > label {
          grid-column: 1 / -1;
        }
        .pair .field-error {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) metric?: DashboardAdminMetric;

  @state() private language: SupportedLocale = SOURCE_LOCALE;
  @state() private saved = false;

  private readonly form: FormController<Values, string>;

  constructor() {
    super();
    const fields = (): string[] => this.fieldsInOrder();
    this.form = new FormController<Values, string>(this, {
      initial: () => (this.metric ? valuesOf(this.metric) : {}),
      get fields() {
        return fields();
      },
      focusTarget: (field) => `[id="${field}"]`,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('metric');
    // Another indicator, or the first: its stored texts. The same one again (the list reloaded
    // after an upload) keeps what is being typed.
    if (changed.has('metric') && this.metric && before?.id !== this.metric.id) this.form.reset();
  }

  protected override render(): TemplateResult | typeof nothing {
    const metric = this.metric;
    if (!metric) return nothing;
    const otherLanguages = this.languagesWithErrors().filter((language) => language !== this.language);
    return html`<form novalidate @submit=${this.save}>
      ${this.field('source', msg('Quelle (in allen Sprachen gleich)', { id: 'admin.figures.texts.source' }), {
        language: SOURCE_LOCALE,
        reference: false,
      })}
      ${this.field('asOf', asOfLabel(), { type: 'date', reference: false })}
      <div class="field">
        <label for="language">${msg('Sprache der Texte', { id: 'admin.figures.texts.language' })}</label>
        <select
          id="language"
          @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value as SupportedLocale)}
        >
          ${SUPPORTED_LOCALES.map(
            (language) =>
              html`<option value=${language} lang=${language} ?selected=${language === this.language}>
                ${languageName(language)}
              </option>`,
          )}
        </select>
      </div>
      ${
        otherLanguages.length > 0
          ? html`<p class="error">
              ${msg(str`Bitte prüfen Sie auch die Texte in: ${otherLanguages.map(languageName).join(', ')}`, {
                id: 'admin.figures.texts.errors-in',
              })}
            </p>`
          : nothing
      }
      ${this.field(`title.${this.language}`, msg('Titel', { id: 'admin.figures.texts.title' }))}
      ${
        metric.description
          ? this.field(`description.${this.language}`, msg('Beschreibung', { id: 'admin.figures.texts.description' }))
          : nothing
      }
      ${labelKeys(metric).map((key) => this.field(`seriesLabels.${key}.${this.language}`, seriesLabelText(key)))}
      <div class="status" role="status">
        ${
          this.saved
            ? html`<p class="notice success-notice">
                ${msg('Die Texte sind gespeichert und öffentlich.', { id: 'admin.figures.texts.saved' })}
              </p>`
            : nothing
        }
      </div>
      ${formProblem(this.form, { locale: this.locale, retry: () => void this.save() })}
      <button type="submit" class="primary" aria-disabled=${this.form.submitting ? 'true' : 'false'}>
        ${
          this.form.submitting
            ? msg('Wird gespeichert …', { id: 'admin.figures.texts.saving' })
            : msg('Texte speichern', { id: 'admin.figures.texts.save' })
        }
      </button>
    </form>`;
  }

  /** One text field; in a language other than German with the German text beside it. */
  private field(
    path: string,
    label: string,
    options: { type?: 'date'; language?: SupportedLocale; reference?: boolean } = {},
  ): TemplateResult {
    const language = options.language ?? this.language;
    const germanPath = path.replace(/\.[a-z]{2}$/, `.${SOURCE_LOCALE}`);
    const reference = options.reference !== false && language !== SOURCE_LOCALE;
    const referenceId = reference ? `${path}-reference` : undefined;
    return html`<div class="field">
      <div class="pair">
        <label for=${path}>${label}</label>
        <input
          id=${path}
          type=${options.type ?? 'text'}
          lang=${ifDefined(options.type ? undefined : language)}
          dir=${ifDefined(options.type ? undefined : language === 'ar' ? 'rtl' : 'auto')}
          maxlength=${options.type ? 10 : path === 'source' ? 300 : 400}
          .value=${live(this.form.values[path] ?? '')}
          aria-invalid=${this.form.errors[path] ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.form.describedBy(path, referenceId))}
          @input=${(event: Event) => {
            this.saved = false;
            this.form.set({ [path]: (event.target as HTMLInputElement).value }, path);
          }}
        />
        ${
          reference
            ? html`<p id=${referenceId!} class="reference">
                ${msg('Deutsch:', { id: 'admin.figures.texts.reference' })}
                <span lang="de">${this.form.values[germanPath] ?? ''}</span>
              </p>`
            : nothing
        }
      </div>
      ${fieldError(this.form, path, figureFieldError)}
    </div>`;
  }

  /** The shared fields, then the shown language's, then the others': the first error gets the focus. */
  private fieldsInOrder(): string[] {
    const metric = this.metric;
    if (!metric) return [];
    const languages = [this.language, ...SUPPORTED_LOCALES.filter((language) => language !== this.language)];
    return [
      'source',
      'asOf',
      ...languages.flatMap((language) => [
        `title.${language}`,
        ...(metric.description ? [`description.${language}`] : []),
        ...labelKeys(metric).map((key) => `seriesLabels.${key}.${language}`),
      ]),
    ];
  }

  private languagesWithErrors(): SupportedLocale[] {
    const fields = Object.keys(this.form.errors);
    return SUPPORTED_LOCALES.filter((language) => fields.some((field) => field.endsWith(`.${language}`)));
  }

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const metric = this.metric;
    if (this.form.submitting || !metric || !this.adminApi) return;
    this.saved = false;
    const api = this.adminApi;
    const sent = await this.form.submit(
      async () => {
        this.metric = await saveFigureTexts(api, metric.id, textsOf(metric, this.form.values));
        this.form.reset();
      },
      (error) => {
        if (isSessionLost(error)) return true;
        return false;
      },
    );
    if (!sent) {
      // An error only in other languages: show the first of them, where its field can take the focus.
      const languages = this.languagesWithErrors();
      const here = Object.keys(this.form.errors).some(
        (field) => field === 'source' || field === 'asOf' || field.endsWith(`.${this.language}`),
      );
      if (!here && languages[0]) {
        this.language = languages[0];
        this.form.showErrors({ ...this.form.errors });
      }
      return;
    }
    this.saved = true;
    this.emit('welcome-admin-figure-changed', { id: metric.id });
  };
}

/** Group keys get labels; countries are named by CLDR in every language, so they need none. */
function labelKeys(metric: DashboardAdminMetric): string[] {
  const keys = new Set(Object.keys(metric.seriesLabels));
  for (const key of metric.series) if (!isCountryCode(key)) keys.add(key);
  return [...keys];
}

function valuesOf(metric: DashboardAdminMetric): Values {
  const values: Values = { source: metric.source, asOf: metric.asOf };
  for (const language of SUPPORTED_LOCALES) {
    values[`title.${language}`] = metric.title[language] ?? '';
    if (metric.description) values[`description.${language}`] = metric.description[language] ?? '';
    for (const key of labelKeys(metric))
      values[`seriesLabels.${key}.${language}`] = metric.seriesLabels[key]?.[language] ?? '';
  }
  return values;
}

/** The whole texts as the API takes them; a group key left empty in every language gets no labels. */
function textsOf(metric: DashboardAdminMetric, values: Values): DashboardTextsUpdate {
  const inAll = (prefix: string) =>
    Object.fromEntries(SUPPORTED_LOCALES.map((language) => [language, values[`${prefix}.${language}`] ?? '']));
  const seriesLabels = Object.fromEntries(
    labelKeys(metric)
      .map((key) => [key, inAll(`seriesLabels.${key}`)] as const)
      .filter(([, texts]) => Object.values(texts).some((text) => text.trim() !== '')),
  );
  return {
    source: values.source ?? '',
    asOf: values.asOf ?? '',
    title: inAll('title') as DashboardTextsUpdate['title'],
    ...(metric.description ? { description: inAll('description') as DashboardTextsUpdate['title'] } : {}),
    seriesLabels: seriesLabels as DashboardTextsUpdate['seriesLabels'],
  };
}

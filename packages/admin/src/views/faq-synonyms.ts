import { msg, str } from '@lit/localize';
import {
  FormController,
  LoadController,
  WelcomeElement,
  formProblem,
  isApiError,
  textField,
} from '@welcome-widgets/core';
import type { FaqSynonyms } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { faqSynonyms, saveFaqSynonyms } from '../faq-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { faqStyles } from './faq-styles.js';
import { renderLoad } from './console-load.js';

const FIELDS = ['synonyms'] as const;

/** One group a line, its words separated by commas: what an editor can read and change in a text area. */
export function synonymText(synonyms: string[][]): string {
  return synonyms.map((group) => group.join(', ')).join('\n');
}

/** The groups of the text, and for each the line it came from (blank lines are skipped). */
export function synonymGroups(text: string): { groups: string[][]; lines: number[] } {
  const groups: string[][] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const words = line
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
    if (words.length === 0) return;
    groups.push(words);
    lines.push(index + 1);
  });
  return { groups, lines };
}

/**
 * The FAQ's synonyms: groups of words a searcher means alike, across languages ("Blaue Karte, Blue
 * Card"), for the whole FAQ. A refused group is named by its line.
 */
export class AdminFaqSynonyms extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = faqStyles;

  @property({ attribute: false }) adminApi?: AdminApi;

  @state() private saved = false;
  /** The line of the group the server refused. */
  private badLine = 0;

  private readonly load = new LoadController<FaqSynonyms, [AdminApi]>(this, {
    args: () => (this.adminApi ? [this.adminApi] : undefined),
    task: ([api], { signal }) => faqSynonyms(api, { signal }),
    followsLocale: false,
    onComplete: (loaded) => this.form.set({ synonyms: synonymText(loaded.synonyms) }),
  });

  private readonly form = new FormController<{ synonyms: string }, (typeof FIELDS)[number]>(this, {
    initial: () => ({ synonyms: '' }),
    fields: FIELDS,
  });

  protected override render(): TemplateResult {
    return html`<h2 id="synonyms-heading">${msg('Synonyme', { id: 'admin.faq.synonyms.heading' })}</h2>
      ${renderLoad(this.load, this.locale, () => this.renderForm())}`;
  }

  private renderForm(): TemplateResult {
    const form = this.form;
    return html`<form novalidate aria-labelledby="synonyms-heading" @submit=${this.save}>
      ${textField(form, 'synonyms', {
        label: msg('Gruppen gleichbedeutender Suchwörter', { id: 'admin.faq.synonyms.label' }),
        hint: msg(
          'Eine Gruppe je Zeile, die Wörter durch Kommas getrennt, in allen Sprachen: Wer eines sucht, findet auch die anderen.',
          { id: 'admin.faq.synonyms.hint' },
        ),
        rows: 8,
        errorText: (code) => this.errorText(code),
      })}
      <div class="status" role="status">
        ${
          this.saved
            ? html`<p class="notice success-notice">
                ${msg('Die Synonyme sind gespeichert; die Suche nutzt sie jetzt.', { id: 'admin.faq.synonyms.saved' })}
              </p>`
            : nothing
        }
      </div>
      ${formProblem(form, { locale: this.locale, retry: () => void this.save() })}
      <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
        ${msg('Synonyme speichern', { id: 'admin.faq.synonyms.save' })}
      </button>
    </form>`;
  }

  private errorText(code: string): string {
    const line = this.badLine;
    if (code === 'too_short' || code === 'required')
      return msg(str`Zeile ${line}: Eine Gruppe braucht mindestens zwei Wörter.`, {
        id: 'admin.faq.synonyms.error-short',
      });
    if (code === 'too_long')
      return msg(str`Zeile ${line}: zu lang (höchstens 80 Zeichen je Wort und 50 Wörter je Gruppe).`, {
        id: 'admin.faq.synonyms.error-long',
      });
    return msg(str`Zeile ${line}: Diese Gruppe ist so nicht möglich.`, { id: 'admin.faq.synonyms.error-invalid' });
  }

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const api = this.adminApi;
    if (!api) return;
    const { groups, lines } = synonymGroups(this.form.values.synonyms);
    this.saved = false;
    const sent = await this.form.submit(
      async () => {
        const answer = await saveFaqSynonyms(api, groups);
        this.form.set({ synonyms: synonymText(answer.synonyms) });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        // A path per bad group (`synonyms.3`, `synonyms.0.1`): the first names its line.
        const first = isApiError(error) && error.status === 422 ? Object.entries(error.fieldCodes)[0] : undefined;
        const index = first ? /^synonyms\.(\d+)/.exec(first[0])?.[1] : undefined;
        if (!first || index === undefined) return false;
        this.badLine = lines[Number(index)] ?? 0;
        this.form.showErrors({ synonyms: first[1] });
        return true;
      },
    );
    this.saved = sent;
  };
}

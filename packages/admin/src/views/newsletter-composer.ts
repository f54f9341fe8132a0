import { msg, str } from '@lit/localize';
import {
  FormController,
  WelcomeElement,
  checkboxGroup,
  formProblem,
  isApiError,
  textField,
} from '@welcome-widgets/core';
import {
  NEWSLETTER_MARKDOWN_MAX_LENGTH,
  NEWSLETTER_SUBJECT_MAX_LENGTH,
  NEWSLETTER_TOPICS,
  SUPPORTED_LOCALES,
  type NewsletterAudience,
  type NewsletterIssue,
  type NewsletterIssueInput,
  type NewsletterIssuePreview,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { createIssue, deleteIssue, preview, sendIssue, testMail, updateIssue } from '../newsletter-api.js';
import {
  ISSUE_FIELDS,
  changedSince,
  checkIssue,
  emptyIssue,
  issueValues,
  markdownField,
  serverFieldErrors,
  subjectField,
  type IssueField,
  type IssueValues,
} from '../newsletter-forms.js';
import { issueFieldError, languageLabel, topicLabel } from '../newsletter-texts.js';
import { audienceText, sendNowLabel } from './newsletter-audience.js';
import { previewTexts } from './newsletter-preview.js';
import { newsletterStyles } from './newsletter-styles.js';

export interface IssueEventDetail {
  id: number;
}

type Outcome =
  { kind: 'saved' } | { kind: 'test-mail'; to: string; language: SupportedLocale } | { kind: 'sent-elsewhere' };

/**
 * Writing an issue: its topics, a subject and Markdown body per language, a preview through the
 * server's sanitiser with who would get it, a test mail to oneself, and sending after a confirmation
 * that names how many people get it. A draft is saved before a test mail or a send, so what goes out
 * is what the editor sees.
 *
 * @event {CustomEvent<IssueEventDetail>} welcome-admin-newsletter-saved - A draft was stored (the list changed).
 * @event {CustomEvent<IssueEventDetail>} welcome-admin-newsletter-sent - Sending began (or had begun elsewhere).
 * @event {CustomEvent<IssueEventDetail>} welcome-admin-newsletter-deleted - The draft was deleted.
 */
export class AdminNewsletterComposer extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = newsletterStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  /** The draft to change; undefined for a new issue. */
  @property({ attribute: false }) issue?: NewsletterIssue;

  @state() private stored?: { id: number; input: NewsletterIssueInput };
  @state() private outcome?: Outcome;
  @state() private shownPreview?: NewsletterIssuePreview;
  /** What the preview (and a confirmation) showed: once the form differs, both are gone. */
  private previewed?: NewsletterIssueInput;
  /** Asked before sending: who would get it now. */
  @state() private confirmSend?: NewsletterAudience;
  @state() private confirmDelete = false;
  @state() private testLanguage?: SupportedLocale;
  private focusAfterUpdate?: string;

  private readonly form = new FormController<IssueValues, IssueField>(this, {
    // German first: the county writes in German, other languages are added as translations.
    initial: () => emptyIssue('de'),
    fields: ISSUE_FIELDS,
    focusTarget: (field) => (field === 'topics' || field === 'languages' ? `[data-first="${field}"]` : `#${field}`),
  });

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.previewed && changedSince(this.form.values, this.previewed)) {
      this.previewed = undefined;
      this.shownPreview = undefined;
      this.confirmSend = undefined;
    }
    if (!changed.has('issue')) return;
    const issue = this.issue;
    this.stored = issue ? { id: issue.id, input: { topics: issue.topics, texts: issue.texts } } : undefined;
    this.form.reset();
    if (issue) this.form.values = issueValues(issue);
    this.outcome = undefined;
    this.shownPreview = undefined;
    this.confirmSend = undefined;
    this.confirmDelete = false;
  }

  /** Moves the focus to what an action showed, once it is rendered. */
  private focusSoon(selector: string): void {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  protected override render(): TemplateResult {
    const form = this.form;
    const languages = SUPPORTED_LOCALES.filter((language) => form.values.languages.includes(language));
    const errorText = (field: IssueField) => (code: string) => issueFieldError(field, code);
    return html`<h2 id="composer-heading" tabindex="-1">
        ${
          this.stored
            ? msg('Entwurf bearbeiten', { id: 'admin.newsletter.compose.edit' })
            : msg('Neue Ausgabe schreiben', { id: 'admin.newsletter.compose.new' })
        }
      </h2>
      <form novalidate @submit=${this.save} aria-labelledby="composer-heading">
        ${checkboxGroup(form, 'topics', {
          legend: msg('Themen der Ausgabe', { id: 'admin.newsletter.field.topics' }),
          options: NEWSLETTER_TOPICS.map((topic) => ({ value: topic, label: topicLabel(topic) })),
          errorText: errorText('topics'),
        })}
        <p class="hint" id="languages-hint">
          ${msg(
            'Die Ausgabe geht an alle, die eines ihrer Themen bestätigt abonniert haben, in deren Sprache. Wer eine Sprache ohne Text gewählt hat, bekommt sie nicht.',
            { id: 'admin.newsletter.field.languages-hint' },
          )}
        </p>
        ${checkboxGroup(form, 'languages', {
          legend: msg('Sprachen der Ausgabe', { id: 'admin.newsletter.field.languages' }),
          options: SUPPORTED_LOCALES.map((language) => ({
            value: language,
            label: languageLabel(language, this.locale),
          })),
          errorText: errorText('languages'),
        })}
        ${languages.map((language) => this.renderText(language, errorText))}
        <div class="status" role="status">${this.renderOutcome()}</div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.save() })}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
            ${msg('Entwurf speichern', { id: 'admin.newsletter.save' })}
          </button>
          <button
            type="button"
            class="secondary"
            aria-disabled=${form.submitting ? 'true' : 'false'}
            @click=${this.showPreview}
          >
            ${msg('Vorschau', { id: 'admin.newsletter.preview' })}
          </button>
        </div>
      </form>
      ${this.shownPreview ? this.renderPreview(this.shownPreview) : nothing} ${this.renderTestMail(languages)}
      ${this.renderSend()}`;
  }

  private renderText(language: SupportedLocale, errorText: (field: IssueField) => (code: string) => string) {
    const name = languageLabel(language, this.locale);
    return html`<fieldset class="text">
      <legend>${msg(str`Text auf ${name}`, { id: 'admin.newsletter.field.text' })}</legend>
      ${textField(this.form, subjectField(language), {
        label: msg(str`Betreff (${name})`, { id: 'admin.newsletter.field.subject' }),
        maxlength: NEWSLETTER_SUBJECT_MAX_LENGTH,
        required: true,
        errorText: errorText(subjectField(language)),
      })}
      ${textField(this.form, markdownField(language), {
        label: msg(str`Text (${name}, Markdown)`, { id: 'admin.newsletter.field.markdown' }),
        hint: msg(
          'Absätze durch eine Leerzeile; **fett**, *kursiv*, Listen mit „- “, Links als [Text](https://…). Bilder und eigenes HTML werden entfernt.',
          { id: 'admin.newsletter.field.markdown-hint' },
        ),
        rows: 10,
        maxlength: NEWSLETTER_MARKDOWN_MAX_LENGTH,
        required: true,
        errorText: errorText(markdownField(language)),
      })}
    </fieldset>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    switch (outcome.kind) {
      case 'saved':
        return html`<p class="notice success-notice">
          ${msg('Der Entwurf ist gespeichert.', { id: 'admin.newsletter.saved' })}
        </p>`;
      case 'test-mail': {
        const language = languageLabel(outcome.language, this.locale);
        return html`<p class="notice success-notice">
          ${msg(str`Die Testmail (${language}) ist unterwegs an ${outcome.to}.`, { id: 'admin.newsletter.test-sent' })}
        </p>`;
      }
      case 'sent-elsewhere':
        return html`<p class="notice error-notice">
          ${msg('Diese Ausgabe wird inzwischen versendet und lässt sich nicht mehr ändern.', {
            id: 'admin.newsletter.sent-elsewhere',
          })}
        </p>`;
    }
  }

  private renderPreview(shown: NewsletterIssuePreview): TemplateResult {
    return html`<section aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabindex="-1">${msg('Vorschau', { id: 'admin.newsletter.preview' })}</h3>
      <p>${audienceText(shown.audience, this.locale, 'now')}</p>
      ${previewTexts(shown.languages, this.locale)}
    </section>`;
  }

  private renderTestMail(languages: SupportedLocale[]): TemplateResult {
    const chosen = this.testLanguage && languages.includes(this.testLanguage) ? this.testLanguage : languages[0];
    const busy = this.form.submitting ? 'true' : 'false';
    return html`<h3>${msg('Testmail', { id: 'admin.newsletter.test.heading' })}</h3>
      <p class="muted">
        ${msg('Geht an Ihre eigene Adresse, mit „[Test]“ vor dem Betreff; der Entwurf wird vorher gespeichert.', {
          id: 'admin.newsletter.test.intro',
        })}
      </p>
      <div class="toolbar">
        ${
          languages.length > 1
            ? html`<div class="field">
                <label for="test-language"
                  >${msg('Sprache der Testmail', { id: 'admin.newsletter.test.language' })}</label
                >
                <select
                  id="test-language"
                  @change=${(event: Event) =>
                    (this.testLanguage = (event.target as HTMLSelectElement).value as SupportedLocale)}
                >
                  ${languages.map(
                    (language) =>
                      html`<option value=${language} ?selected=${language === chosen}>
                        ${languageLabel(language, this.locale)}
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
        <button
          type="button"
          class="secondary"
          aria-disabled=${busy}
          @click=${() => chosen && void this.sendTestMail(chosen)}
        >
          ${msg('Testmail an mich senden', { id: 'admin.newsletter.test.submit' })}
        </button>
      </div>`;
  }

  private renderSend(): TemplateResult {
    const busy = this.form.submitting ? 'true' : 'false';
    const audience = this.confirmSend;
    return html`<h3>${msg('Senden', { id: 'admin.newsletter.send.heading' })}</h3>
      ${
        audience
          ? html`<section class="confirm" aria-labelledby="confirm-heading">
              <h4 id="confirm-heading" tabindex="-1">
                ${msg('Ausgabe jetzt senden?', { id: 'admin.newsletter.send.confirm-heading' })}
              </h4>
              <p>${audienceText(audience, this.locale, 'confirm')}</p>
              <div class="actions">
                ${
                  audience.recipients > 0
                    ? html`<button type="button" class="primary" aria-disabled=${busy} @click=${this.send}>
                        ${sendNowLabel(audience.recipients, this.locale)}
                      </button>`
                    : nothing
                }
                <button type="button" class="secondary" @click=${this.cancelSend}>
                  ${msg('Abbrechen', { id: 'admin.newsletter.cancel' })}
                </button>
              </div>
            </section>`
          : html`<p class="muted">
                ${msg('Vor dem Senden sehen Sie, wie viele Personen die Ausgabe bekommen.', {
                  id: 'admin.newsletter.send.intro',
                })}
              </p>
              <div class="actions">
                <button id="ask-send" type="button" class="primary" aria-disabled=${busy} @click=${this.askSend}>
                  ${msg('Senden …', { id: 'admin.newsletter.send.ask' })}
                </button>
                ${this.stored ? this.renderDelete(busy) : nothing}
              </div>`
      }`;
  }

  private renderDelete(busy: string): TemplateResult {
    return this.confirmDelete
      ? html`<span class="confirm-delete">
          <button type="button" class="secondary" aria-disabled=${busy} @click=${this.delete}>
            ${msg('Entwurf endgültig löschen', { id: 'admin.newsletter.delete.confirm' })}
          </button>
          <button type="button" class="secondary" @click=${() => (this.confirmDelete = false)}>
            ${msg('Nicht löschen', { id: 'admin.newsletter.delete.cancel' })}
          </button>
        </span>`
      : html`<button
          type="button"
          class="secondary"
          @click=${() => {
            this.confirmDelete = true;
            this.focusSoon('.confirm-delete button');
          }}
        >
          ${msg('Entwurf löschen …', { id: 'admin.newsletter.delete.ask' })}
        </button>`;
  }

  /** Saves unless nothing changed; the draft's id, or undefined when the form showed errors or a problem. */
  private async saved(): Promise<number | undefined> {
    const checked = checkIssue(this.form.values);
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return undefined;
    }
    if (this.stored && !changedSince(this.form.values, this.stored.input)) return this.stored.id;
    const api = this.adminApi!;
    const issue = this.stored
      ? await updateIssue(api, this.stored.id, checked.value)
      : await createIssue(api, checked.value);
    this.stored = { id: issue.id, input: { topics: issue.topics, texts: issue.texts } };
    this.emit<IssueEventDetail>('welcome-admin-newsletter-saved', { id: issue.id });
    return issue.id;
  }

  /** Runs an action as the form's one submission: its problems appear at the form, what was typed stays. */
  private async act(action: () => Promise<void>): Promise<boolean> {
    if (!this.adminApi || this.form.submitting) return false;
    this.outcome = undefined;
    return this.form.submit(action, (error) => this.claim(error));
  }

  private claim(error: unknown): boolean {
    if (isSessionLost(error)) return true;
    if (!isApiError(error)) return false;
    if (error.status === 422) {
      this.form.showErrors(serverFieldErrors(error.fieldCodes));
      return Object.keys(serverFieldErrors(error.fieldCodes)).length > 0;
    }
    // Sent meanwhile (another tab, a colleague): it is the archive's now.
    if (error.status === 409 && this.stored) {
      this.outcome = { kind: 'sent-elsewhere' };
      this.emit<IssueEventDetail>('welcome-admin-newsletter-sent', { id: this.stored.id });
      return true;
    }
    return false;
  }

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    let saved = false;
    await this.act(async () => {
      saved = (await this.saved()) !== undefined;
    });
    if (saved) this.outcome = { kind: 'saved' };
  };

  private showPreview = async (): Promise<void> => {
    const checked = checkIssue(this.form.values);
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return;
    }
    const ok = await this.act(async () => {
      this.shownPreview = await preview(this.adminApi!, checked.value);
      this.previewed = checked.value;
    });
    if (ok) this.focusSoon('#preview-heading');
  };

  private async sendTestMail(language: SupportedLocale): Promise<void> {
    await this.act(async () => {
      const id = await this.saved();
      if (id === undefined) return;
      const result = await testMail(this.adminApi!, id, language);
      this.outcome = { kind: 'test-mail', to: result.to, language: result.language };
    });
  }

  private askSend = async (): Promise<void> => {
    this.confirmDelete = false;
    const ok = await this.act(async () => {
      const id = await this.saved();
      if (id === undefined) return;
      // Who would get it now, counted by the server from what is stored.
      const shown = await preview(this.adminApi!, this.stored!.input);
      this.shownPreview = shown;
      this.previewed = this.stored!.input;
      this.confirmSend = shown.audience;
    });
    if (ok && this.confirmSend) this.focusSoon('#confirm-heading');
  };

  private cancelSend = (): void => {
    this.confirmSend = undefined;
    this.focusSoon('#ask-send');
  };

  private send = async (): Promise<void> => {
    const stored = this.stored;
    // What is stored goes out: changed since the confirmation, it must be saved and counted anew.
    if (!stored || changedSince(this.form.values, stored.input)) {
      this.confirmSend = undefined;
      return;
    }
    const ok = await this.act(async () => {
      await sendIssue(this.adminApi!, stored.id);
    });
    if (ok) this.emit<IssueEventDetail>('welcome-admin-newsletter-sent', { id: stored.id });
  };

  private delete = async (): Promise<void> => {
    const stored = this.stored;
    if (!stored) return;
    const ok = await this.act(async () => {
      await deleteIssue(this.adminApi!, stored.id);
    });
    if (ok) this.emit<IssueEventDetail>('welcome-admin-newsletter-deleted', { id: stored.id });
  };
}

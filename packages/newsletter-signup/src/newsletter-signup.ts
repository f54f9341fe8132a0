import { msg, str } from '@lit/localize';
import {
  NEWSLETTER_TOPICS,
  SUPPORTED_LOCALES,
  WelcomeElement,
  honeypotField,
  isApiError,
  languageName,
  privacyLink,
  type FieldErrors,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { redeemToken, requestSubscription, type TokenAction } from './newsletter-api.js';
import { newsletterSignupStyles } from './newsletter-signup.styles.js';
import { fieldErrorText, retryAtText, topicLabel } from './newsletter-texts.js';
import {
  FORM_FIELDS,
  firstInvalidField,
  pageOfConsent,
  validateSignupForm,
  type FormField,
  type SignupFormValues,
} from './signup-form.js';
import { forgetTokenInUrl, tokenFromUrl } from './token-from-url.js';
import { localeLoaders } from './generated/locale-loaders.js';

/** Why the last attempt failed, when it was not the person's input. */
type Problem = 'offline' | 'network' | 'timeout' | 'server' | 'rate-limited';

type View =
  | { kind: 'form' }
  | { kind: 'check-inbox' }
  | { kind: 'token-pending'; action: TokenAction }
  | { kind: 'token-done'; action: TokenAction }
  | { kind: 'token-invalid'; action: TokenAction }
  | { kind: 'token-failed'; action: TokenAction; token: string };

export interface NewsletterRequestedDetail {
  topics: NewsletterTopic[];
  language: SupportedLocale;
}

export interface NewsletterTokenDetail {
  action: TokenAction;
}

/**
 * Newsletter subscription with double opt-in: the person asks, receives a mail in their
 * language, and confirms with its link on a page that shows this widget.
 *
 * @tagname welcome-newsletter-signup
 * @summary Newsletter signup with double opt-in, topics and language.
 * @event welcome-newsletter-requested - The server accepted a request and sent the confirmation mail. `detail: { topics, language }`, never the address.
 * @event welcome-newsletter-confirmed - A confirmation link was redeemed on this page. `detail: { action: 'confirm' }`
 * @event welcome-newsletter-unsubscribed - An unsubscribe link was redeemed on this page. `detail: { action: 'unsubscribe' }`
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart submit - The subscribe button.
 * @csspart status - The outcome messages (check your inbox, confirmed, errors).
 */
export class WelcomeNewsletterSignup extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = newsletterSignupStyles;

  /** Link to the privacy notice shown with the consent checkbox. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Who sends the newsletter, named in the consent text. */
  @property() publisher = 'Landkreis Mittelsachsen';

  /** Level of the widget's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** A confirm token passed by the page; otherwise the widget reads `?newsletter-confirm=` from the address. */
  @property({ attribute: 'confirm-token' }) confirmToken = '';

  /** An unsubscribe token passed by the page; otherwise read from `?newsletter-unsubscribe=`. */
  @property({ attribute: 'unsubscribe-token' }) unsubscribeToken = '';

  @state() private view: View = { kind: 'form' };
  @state() private values: SignupFormValues = { email: '', topics: [], language: 'de', consent: false, website: '' };
  @state() private errors: FieldErrors = {};
  @state() private problem?: Problem;
  @state() private retryAt?: Date;
  @state() private submitting = false;

  private languageChosen = false;
  private pendingFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromAttributes = this.confirmToken
      ? { action: 'confirm' as const, token: this.confirmToken }
      : this.unsubscribeToken
        ? { action: 'unsubscribe' as const, token: this.unsubscribeToken }
        : undefined;
    const link = fromAttributes ?? tokenFromUrl(new URL(location.href));
    if (link && this.view.kind === 'form') {
      forgetTokenInUrl();
      void this.redeem(link.action, link.token);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The newsletter language follows the page until the person picks one.
    if (changed.has('locale') && !this.languageChosen) this.values = { ...this.values, language: this.locale };
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
  }

  protected override render(): TemplateResult {
    return html`
      <section class="root" part="base" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.clampedHeadingLevel}>
          ${msg('Newsletter abonnieren', { id: 'newsletter.heading' })}
        </div>
        ${this.renderView()}
      </section>
    `;
  }

  private get clampedHeadingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private renderView(): TemplateResult {
    switch (this.view.kind) {
      case 'form':
        return this.renderForm();
      case 'check-inbox':
        return this.renderOutcome(
          'success',
          msg('Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung.', { id: 'newsletter.inbox.title' }),
          html`<p>
              ${msg(str`Wir haben eine E-Mail an ${this.values.email} geschickt. Klicken Sie auf den Link darin, um das Abonnement zu bestätigen. Der Link gilt 7 Tage.`, { id: 'newsletter.inbox.text' })}
            </p>
            <p>
              ${msg('Keine E-Mail erhalten? Sehen Sie bitte auch im Spam-Ordner nach.', { id: 'newsletter.inbox.spam' })}
            </p>
            <button type="button" class="secondary" @click=${this.backToForm}>
              ${msg('Andere Adresse eingeben', { id: 'newsletter.inbox.change' })}
            </button>`,
        );
      case 'token-pending':
        return html`<p class="notice" part="status" role="status">
          ${
            this.view.action === 'confirm'
              ? msg('Ihre Bestätigung wird geprüft …', { id: 'newsletter.token.confirming' })
              : msg('Ihre Abmeldung wird bearbeitet …', { id: 'newsletter.token.unsubscribing' })
          }
        </p>`;
      case 'token-done':
        return this.view.action === 'confirm'
          ? this.renderOutcome(
              'success',
              msg('Danke! Ihr Abonnement ist bestätigt.', { id: 'newsletter.confirmed.title' }),
              html`<p>
                ${msg('Sie erhalten den Newsletter ab der nächsten Ausgabe. Jede Ausgabe enthält einen Link zum Abbestellen.', { id: 'newsletter.confirmed.text' })}
              </p>`,
            )
          : this.renderOutcome(
              'success',
              msg('Sie haben den Newsletter abbestellt.', { id: 'newsletter.unsubscribed.title' }),
              html`<p>
                ${msg('Sie erhalten keine weiteren E-Mails von uns. Sie können sich jederzeit wieder anmelden.', { id: 'newsletter.unsubscribed.text' })}
              </p>`,
            );
      case 'token-invalid':
        return this.renderOutcome(
          'error',
          msg('Dieser Link ist ungültig oder abgelaufen.', { id: 'newsletter.token-invalid.title' }),
          html`<p>
              ${
                this.view.action === 'confirm'
                  ? msg('Bestätigungslinks gelten 7 Tage und nur einmal. Melden Sie sich einfach noch einmal an.', {
                      id: 'newsletter.token-invalid.confirm',
                    })
                  : msg('Bitte nutzen Sie den Abmeldelink aus Ihrer neuesten Newsletter-E-Mail.', {
                      id: 'newsletter.token-invalid.unsubscribe',
                    })
              }
            </p>
            <button type="button" class="secondary" @click=${this.backToForm}>
              ${msg('Zur Anmeldung', { id: 'newsletter.token-invalid.to-form' })}
            </button>`,
        );
      case 'token-failed': {
        const { action, token } = this.view;
        return this.renderOutcome(
          'error',
          msg('Der Server ist gerade nicht erreichbar.', { id: 'newsletter.token-failed.title' }),
          html`<p>
              ${msg('Ihr Link ist noch gültig. Bitte versuchen Sie es gleich noch einmal.', { id: 'newsletter.token-failed.text' })}
            </p>
            <button type="button" class="primary" @click=${() => this.redeem(action, token)}>
              ${msg('Erneut versuchen', { id: 'common.retry' })}
            </button>`,
        );
      }
    }
  }

  private renderOutcome(tone: 'success' | 'error', title: string, body: TemplateResult): TemplateResult {
    return html`<div class="notice ${tone}-notice" part="status" role=${tone === 'error' ? 'alert' : 'status'}>
      <p id="outcome" class="outcome-title" tabindex="-1">${title}</p>
      ${body}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { values, errors } = this;
    return html`
      <form part="form" novalidate @submit=${this.submit} aria-describedby="intro">
        <p id="intro" class="intro">
          ${msg('Neuigkeiten zu Arbeit, Einwanderung und Veranstaltungen per E-Mail, in Ihrer Sprache. Alle Angaben sind Pflicht.', { id: 'newsletter.intro' })}
        </p>

        <div class="field">
          <label for="email">${msg('E-Mail-Adresse', { id: 'newsletter.email.label' })}</label>
          <input
            id="email"
            name="email"
            type="email"
            inputmode="email"
            autocomplete="email"
            spellcheck="false"
            dir="ltr"
            required
            maxlength="254"
            .value=${live(values.email)}
            aria-invalid=${errors.email ? 'true' : 'false'}
            aria-describedby=${errors.email ? 'email-error email-hint' : 'email-hint'}
            @input=${(event: Event) => this.patchValues({ email: (event.target as HTMLInputElement).value }, 'email')}
          />
          <span id="email-hint" class="hint">
            ${msg('Wir senden Ihnen einen Link, mit dem Sie die Anmeldung bestätigen.', { id: 'newsletter.email.hint' })}
          </span>
          ${this.renderFieldError('email')}
        </div>

        <fieldset aria-describedby=${errors.topics ? 'topics-error' : nothing}>
          <legend>${msg('Themen', { id: 'newsletter.topics.legend' })}</legend>
          ${NEWSLETTER_TOPICS.map(
            (topic, index) =>
              html`<div class="choice">
                <input
                  id="topic-${topic}"
                  type="checkbox"
                  name="topics"
                  value=${topic}
                  .checked=${live(values.topics.includes(topic))}
                  data-first=${index === 0 ? 'true' : nothing}
                  @change=${(event: Event) => this.toggleTopic(topic, (event.target as HTMLInputElement).checked)}
                />
                <label for="topic-${topic}">${topicLabel(topic)}</label>
              </div>`,
          )}
          ${this.renderFieldError('topics')}
        </fieldset>

        <div class="field">
          <label for="language">${msg('Sprache des Newsletters', { id: 'newsletter.language.label' })}</label>
          <select
            id="language"
            name="language"
            aria-invalid=${errors.language ? 'true' : 'false'}
            aria-describedby=${errors.language ? 'language-error' : nothing}
            @change=${(event: Event) => {
              this.languageChosen = true;
              this.patchValues({ language: (event.target as HTMLSelectElement).value as SupportedLocale }, 'language');
            }}
          >
            ${SUPPORTED_LOCALES.map(
              (locale) =>
                html`<option value=${locale} lang=${locale} ?selected=${values.language === locale}>
                  ${languageName(locale)}
                </option>`,
            )}
          </select>
          ${this.renderFieldError('language')}
        </div>

        ${honeypotField(values.website, (website) => this.patchValues({ website }))}

        <div class="choice consent">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            .checked=${live(values.consent)}
            aria-invalid=${errors.consent ? 'true' : 'false'}
            aria-describedby=${errors.consent ? 'consent-error' : nothing}
            @change=${(event: Event) => this.patchValues({ consent: (event.target as HTMLInputElement).checked }, 'consent')}
          />
          <label for="consent">
            ${msg(str`Ich bin einverstanden, dass meine E-Mail-Adresse, die gewählten Themen und die Sprache gespeichert werden, um mir den Newsletter zu senden (Absender: ${this.publisher}). Ich kann ihn jederzeit abbestellen.`, { id: 'newsletter.consent' })}
          </label>
        </div>
        ${this.renderFieldError('consent')} ${privacyLink(this.privacyHref)}

        <div class="problem" role="alert">${this.problem ? this.renderProblem(this.problem) : nothing}</div>

        <button type="submit" class="primary" part="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${
            this.submitting
              ? msg('Wird gesendet …', { id: 'newsletter.submitting' })
              : msg('Abonnieren', { id: 'newsletter.submit' })
          }
        </button>
      </form>
    `;
  }

  private renderFieldError(field: FormField): TemplateResult | typeof nothing {
    const code = this.errors[field];
    if (!code) return nothing;
    return html`<p id="${field}-error" class="error field-error">${fieldErrorText(field, code)}</p>`;
  }

  private renderProblem(problem: Problem): TemplateResult {
    const text = {
      offline: () =>
        msg(
          'Sie sind offline. Ihre Angaben bleiben erhalten: Senden Sie das Formular, sobald Sie wieder verbunden sind.',
          { id: 'newsletter.problem.offline' },
        ),
      network: () =>
        msg('Keine Verbindung zum Server. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.', {
          id: 'newsletter.problem.network',
        }),
      timeout: () =>
        msg('Der Server antwortet gerade nicht. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.', {
          id: 'newsletter.problem.timeout',
        }),
      server: () =>
        msg('Beim Server ist etwas schiefgegangen. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.', {
          id: 'newsletter.problem.server',
        }),
      'rate-limited': () => retryAtText(this.formattedRetryTime()),
    }[problem]();
    return html`<div class="notice error-notice" part="status">
      <p>${text}</p>
      ${
        problem === 'rate-limited'
          ? nothing
          : html`<button type="button" class="secondary retry" @click=${this.submit}>
              ${msg('Erneut versuchen', { id: 'common.retry' })}
            </button>`
      }
    </div>`;
  }

  private formattedRetryTime(): string {
    const at = this.retryAt ?? new Date(Date.now() + 60_000);
    return new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  }

  /** Merges typed values and clears the error of the field being corrected. */
  private patchValues(patch: Partial<SignupFormValues>, field?: FormField): void {
    this.values = { ...this.values, ...patch };
    if (field && this.errors[field]) {
      const { [field]: _corrected, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private toggleTopic(topic: NewsletterTopic, checked: boolean): void {
    const topics = NEWSLETTER_TOPICS.filter((t) => (t === topic ? checked : this.values.topics.includes(t)));
    this.patchValues({ topics }, 'topics');
  }

  private backToForm = (): void => {
    this.view = { kind: 'form' };
    this.problem = undefined;
    this.pendingFocus = '#email';
  };

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.submitting) return;
    const validated = validateSignupForm(this.values, pageOfConsent(location.href));
    if (!validated.ok) {
      this.showFieldErrors(validated.errors);
      return;
    }
    if (!navigator.onLine) {
      this.problem = 'offline';
      return;
    }
    this.errors = {};
    this.problem = undefined;
    this.submitting = true;
    try {
      await requestSubscription(this.client, validated.request);
      this.view = { kind: 'check-inbox' };
      this.pendingFocus = '#outcome';
      this.emit<NewsletterRequestedDetail>('welcome-newsletter-requested', {
        topics: validated.request.topics,
        language: validated.request.language,
      });
    } catch (error) {
      this.handleSubmitError(error);
    } finally {
      this.submitting = false;
    }
  };

  private handleSubmitError(error: unknown): void {
    if (!isApiError(error)) {
      this.problem = 'server';
      return;
    }
    if (error.status === 422) {
      const known = Object.fromEntries(
        Object.entries(error.fieldCodes).filter(([field]) => (FORM_FIELDS as readonly string[]).includes(field)),
      ) as FieldErrors;
      if (Object.keys(known).length > 0) {
        this.showFieldErrors(known);
        return;
      }
    }
    if (error.status === 429) {
      this.retryAt = new Date(Date.now() + (error.retryAfterSeconds ?? 60) * 1000);
      this.problem = 'rate-limited';
      return;
    }
    this.problem = error.kind === 'network' ? 'network' : error.kind === 'timeout' ? 'timeout' : 'server';
  }

  private showFieldErrors(errors: FieldErrors): void {
    this.errors = errors;
    const first = firstInvalidField(errors);
    if (first) this.pendingFocus = first === 'topics' ? '[data-first]' : `#${first}`;
  }

  private async redeem(action: TokenAction, token: string): Promise<void> {
    this.view = { kind: 'token-pending', action };
    try {
      await redeemToken(this.client, action, token);
      this.view = { kind: 'token-done', action };
      this.emit<NewsletterTokenDetail>(
        action === 'confirm' ? 'welcome-newsletter-confirmed' : 'welcome-newsletter-unsubscribed',
        { action },
      );
    } catch (error) {
      const invalid = isApiError(error) && error.status !== undefined && error.status >= 400 && error.status < 500;
      this.view = invalid ? { kind: 'token-invalid', action } : { kind: 'token-failed', action, token };
    }
    this.pendingFocus = '#outcome';
  }
}

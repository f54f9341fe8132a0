import { msg, str } from '@lit/localize';
import {
  FormController,
  WelcomeElement,
  checkboxGroup,
  consentField,
  formProblem,
  honeypotField,
  isApiError,
  languageName,
  problemNotice,
  problemOf,
  selectField,
  textField,
  type Problem,
} from '@welcome-widgets/core';
import {
  NEWSLETTER_TOPICS,
  SUPPORTED_LOCALES,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { redeemToken, requestSubscription, type TokenAction, type TokenOutcome } from './newsletter-api.js';
import { newsletterSignupStyles } from './newsletter-signup.styles.js';
import { fieldErrorText, topicLabel } from './newsletter-texts.js';
import { FORM_FIELDS, pageOfConsent, validateSignupForm, type SignupFormValues } from './signup-form.js';
import { forgetTokenInUrl, tokenFromUrl } from './token-from-url.js';
import { tokenOutcome } from './token-outcomes.js';
import { localeLoaders } from './generated/locale-loaders.js';

type View =
  | { kind: 'form' }
  | { kind: 'check-inbox'; email: string }
  | { kind: 'token-pending'; action: TokenAction }
  | { kind: 'token-done'; outcome: TokenOutcome }
  | { kind: 'token-invalid'; action: TokenAction }
  | { kind: 'token-failed'; action: TokenAction; token: string; problem: Problem };

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
 * @event {CustomEvent<NewsletterRequestedDetail>} welcome-newsletter-requested - The server accepted a request and sent the confirmation mail. `detail: { topics, language }`, never the address.
 * @event {CustomEvent<NewsletterTokenDetail>} welcome-newsletter-confirmed - A confirmation link was redeemed on this page. `detail: { action: 'confirm' }`
 * @event {CustomEvent<NewsletterTokenDetail>} welcome-newsletter-unsubscribed - An unsubscribe link was redeemed on this page. `detail: { action: 'unsubscribe' }`
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

  private readonly form = new FormController<SignupFormValues, (typeof FORM_FIELDS)[number]>(this, {
    initial: () => ({ email: '', topics: [], language: this.locale, consent: false, website: '' }),
    fields: FORM_FIELDS,
    focusTarget: (field) => (field === 'topics' ? '[data-first]' : `#${field}`),
  });

  private languageChosen = false;
  private focusOutcome = false;

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
    if (changed.has('locale') && !this.languageChosen)
      this.form.values = { ...this.form.values, language: this.locale };
  }

  protected override updated(): void {
    if (!this.focusOutcome) return;
    this.focusOutcome = false;
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
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
    const view = this.view;
    switch (view.kind) {
      case 'form':
        return this.renderForm();
      case 'check-inbox':
        return this.renderOutcome(
          'success',
          msg('Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung.', { id: 'newsletter.inbox.title' }),
          html`<p>
              ${msg(str`Wir haben eine E-Mail an ${view.email} geschickt. Klicken Sie auf den Link darin, um das Abonnement zu bestätigen. Der Link gilt 7 Tage.`, { id: 'newsletter.inbox.text' })}
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
            view.action === 'confirm'
              ? msg('Ihre Bestätigung wird geprüft …', { id: 'newsletter.token.confirming' })
              : msg('Ihre Abmeldung wird bearbeitet …', { id: 'newsletter.token.unsubscribing' })
          }
        </p>`;
      case 'token-done': {
        const { title, text } = tokenOutcome(view.outcome);
        return this.renderOutcome('success', title, html`<p>${text}</p>`);
      }
      case 'token-invalid':
        return this.renderOutcome(
          'error',
          msg('Dieser Link ist ungültig oder abgelaufen.', { id: 'newsletter.token-invalid.title' }),
          html`<p>
              ${
                view.action === 'confirm'
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
      case 'token-failed':
        return html`${problemNotice(view.problem, {
            locale: this.locale,
            retry: () => void this.redeem(view.action, view.token),
          })}
          <p>${msg('Ihr Link bleibt gültig.', { id: 'newsletter.token-failed.text' })}</p>`;
    }
  }

  private renderOutcome(tone: 'success' | 'error', title: string, body: TemplateResult): TemplateResult {
    return html`<div class="notice ${tone}-notice" part="status" role=${tone === 'error' ? 'alert' : 'status'}>
      <p id="outcome" class="outcome-title" tabindex="-1">${title}</p>
      ${body}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FORM_FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`
      <form part="form" novalidate @submit=${this.submit} aria-describedby="intro">
        <p id="intro" class="intro">
          ${msg('Neuigkeiten zu Arbeit, Einwanderung und Veranstaltungen per E-Mail, in Ihrer Sprache. Alle Angaben sind Pflicht.', { id: 'newsletter.intro' })}
        </p>
        ${textField(form, 'email', {
          label: msg('E-Mail-Adresse', { id: 'newsletter.email.label' }),
          hint: msg('Wir senden Ihnen einen Link, mit dem Sie die Anmeldung bestätigen.', {
            id: 'newsletter.email.hint',
          }),
          type: 'email',
          inputmode: 'email',
          autocomplete: 'email',
          ltr: true,
          required: true,
          maxlength: 254,
          errorText: errorText('email'),
        })}
        ${checkboxGroup(form, 'topics', {
          legend: msg('Themen', { id: 'newsletter.topics.legend' }),
          options: NEWSLETTER_TOPICS.map((topic) => ({ value: topic, label: topicLabel(topic) })),
          errorText: errorText('topics'),
        })}
        ${selectField(form, 'language', {
          label: msg('Sprache des Newsletters', { id: 'newsletter.language.label' }),
          options: SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: languageName(locale), lang: locale })),
          errorText: errorText('language'),
          onChange: () => (this.languageChosen = true),
        })}
        ${honeypotField(form.values.website, (website) => form.set({ website }))}
        ${consentField(form, 'consent', {
          text: msg(
            str`Ich bin einverstanden, dass meine E-Mail-Adresse, die gewählten Themen und die Sprache gespeichert werden, um mir den Newsletter zu senden (Absender: ${this.publisher}). Ich kann ihn jederzeit abbestellen.`,
            { id: 'newsletter.consent' },
          ),
          errorText: errorText('consent'),
          privacyHref: this.privacyHref,
        })}
        ${formProblem(form, { locale: this.locale, retry: () => void this.submit() })}
        <button type="submit" class="primary" part="submit" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${
            form.submitting
              ? msg('Wird gesendet …', { id: 'newsletter.submitting' })
              : msg('Abonnieren', { id: 'newsletter.submit' })
          }
        </button>
      </form>
    `;
  }

  private backToForm = (): void => {
    this.view = { kind: 'form' };
    this.form.clearProblem();
    this.form.showErrors({});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#email')?.focus());
  };

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.form.submitting) return;
    const validated = validateSignupForm(this.form.values, pageOfConsent(location.href));
    if (!validated.ok) {
      this.form.showErrors(validated.errors);
      return;
    }
    const sent = await this.form.submit(async () => {
      await requestSubscription(this.client, validated.request);
    });
    if (!sent) return;
    this.view = { kind: 'check-inbox', email: validated.request.email };
    this.focusOutcome = true;
    this.emit<NewsletterRequestedDetail>('welcome-newsletter-requested', {
      topics: validated.request.topics,
      language: validated.request.language,
    });
  };

  private async redeem(action: TokenAction, token: string): Promise<void> {
    this.view = { kind: 'token-pending', action };
    try {
      const outcome = await redeemToken(this.client, action, token);
      this.view = { kind: 'token-done', outcome };
      // A second click changes nothing: the host page hears only of a change made now.
      if (outcome === 'confirmed' || outcome === 'unsubscribed')
        this.emit<NewsletterTokenDetail>(
          action === 'confirm' ? 'welcome-newsletter-confirmed' : 'welcome-newsletter-unsubscribed',
          { action },
        );
    } catch (error) {
      const invalid = isApiError(error) && error.status !== undefined && error.status >= 400 && error.status < 500;
      this.view = invalid
        ? { kind: 'token-invalid', action }
        : { kind: 'token-failed', action, token, problem: problemOf(error) };
    }
    this.focusOutcome = true;
  }
}

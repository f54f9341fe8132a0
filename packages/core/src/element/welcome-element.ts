import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiClient } from '../api/api-client.js';
import {
  SOURCE_LOCALE,
  WIDGETS_VERSION,
  textDirection,
  toSupportedLocale,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { isLocaleLoaded, loadLocale, type LocaleLoaders } from '../locale/locale-catalog.js';
import { withLocale } from '../locale/per-element-msg.js';
import { requestedLanguage } from '../locale/resolve-locale.js';
import { observeLanguageChanges } from './language-observer.js';

/**
 * Base of every Welcome widget: the `api` and `lang` attributes, the language fallback chain,
 * per-widget translations, and {@link emit} for `welcome-*` events.
 *
 * @cssproperty --welcome-color-accent - Buttons, links, focus ring (default #00508c).
 * @cssproperty --welcome-color-on-accent - Text on accent-coloured buttons (default #fff).
 * @cssproperty --welcome-color-danger - Errors and invalid fields (default #b3261e).
 * @cssproperty --welcome-color-success - Success messages (default #1e6b34).
 * @cssproperty --welcome-color-border - Field borders (default #6e6e6e).
 * @cssproperty --welcome-color-surface - Field and notice background (default #fff).
 * @cssproperty --welcome-color-muted - Hints (default #4f4f4f).
 * @cssproperty --welcome-color-focus - Focus ring (default: the accent).
 * @cssproperty --welcome-color-text - Text colour (default: inherited from the page).
 * @cssproperty --welcome-font-family - Font (default: inherited from the page).
 * @cssproperty --welcome-font-size - Base size (default: the page's, at least 16px).
 * @cssproperty --welcome-radius - Corner radius (default 0.375em).
 * @cssproperty --welcome-space - Vertical rhythm (default 1em).
 * @cssproperty --welcome-max-width - Widest the widget grows (default 40em).
 */
export abstract class WelcomeElement extends LitElement {
  static readonly version = WIDGETS_VERSION;

  /**
   * The widget package's translations (its generated locale modules); without them, German.
   * @internal
   */
  static localeLoaders?: LocaleLoaders;

  /** Base URL of the county's backend. */
  @property() api = '/api';

  /**
   * A fetch to use instead of the browser's, e.g. msw's in Storybook and tests, or one that adds
   * headers a county's gateway needs. A JavaScript property, not an attribute.
   */
  @property({ attribute: false }) apiFetch?: typeof fetch;

  /** The locale this widget renders in; follows `lang` here or on an ancestor. */
  @state() locale: SupportedLocale = SOURCE_LOCALE;

  private stopObservingLanguage?: () => void;
  private cachedClient?: { base: string; fetch?: typeof fetch; client: ApiClient };
  private localeRequest = 0;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.followLanguage();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLanguage = observeLanguageChanges(() => this.followLanguage());
    this.followLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLanguage?.();
  }

  /** Text direction of the current locale, for the widget's root element. */
  protected get textDir(): 'rtl' | 'ltr' {
    return textDirection(this.locale);
  }

  /** The API client for `api` (and `apiFetch`), made once per base URL; controllers load through it. */
  get client(): ApiClient {
    if (this.cachedClient?.base !== this.api || this.cachedClient.fetch !== this.apiFetch) {
      const client = new ApiClient({ baseUrl: this.api, ...(this.apiFetch ? { fetch: this.apiFetch } : {}) });
      this.cachedClient = { base: this.api, fetch: this.apiFetch, client };
    }
    return this.cachedClient.client;
  }

  /** Dispatches a `welcome-*` event that bubbles out of shadow roots to the host page. */
  protected emit<T>(name: `welcome-${string}`, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  // The first paint waits for the translations so a visitor never sees German flash into Arabic.
  protected override async scheduleUpdate(): Promise<void> {
    const wanted = toSupportedLocale(requestedLanguage(this));
    const loaders = this.translations;
    if (loaders && !isLocaleLoaded(wanted, loaders)) await loadLocale(wanted, loaders);
    super.scheduleUpdate();
  }

  private get translations(): LocaleLoaders | undefined {
    return (this.constructor as typeof WelcomeElement).localeLoaders;
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  private followLanguage(): void {
    const wanted = toSupportedLocale(requestedLanguage(this));
    if (wanted === this.locale) return;
    const request = ++this.localeRequest;
    const loaders = this.translations;
    if (!loaders || isLocaleLoaded(wanted, loaders)) {
      this.locale = wanted;
      return;
    }
    void loadLocale(wanted, loaders).then(() => {
      if (request !== this.localeRequest) return;
      this.locale = isLocaleLoaded(wanted, loaders) ? wanted : SOURCE_LOCALE;
    });
  }
}

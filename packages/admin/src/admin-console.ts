import { msg } from '@lit/localize';
import { WelcomeElement, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import type { StaffLanguage, StaffSession } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AdminApi, isSessionLost, type SessionEnd } from './admin-api.js';
import { adminConsoleStyles } from './admin-console.styles.js';
import { consoleName, roleLabel, viewTitle } from './admin-texts.js';
import { chosenLanguage, consoleLanguage, rememberLanguage } from './console-language.js';
import { localeLoaders } from './generated/locale-loaders.js';
import {
  homeRoute,
  mayUse,
  navigationFor,
  needsSession,
  parseRoute,
  routeHash,
  type Route,
  type RouteName,
} from './routes.js';
import type { AdminAcceptView } from './views/accept-view.js';
import type { ConsoleView } from './views/console-view.js';
import type { AdminLoginView, SignInReason } from './views/login-view.js';

const VIEW_TAGS: Record<RouteName, string> = {
  login: 'welcome-admin-login',
  accept: 'welcome-admin-accept',
  accounts: 'welcome-admin-accounts',
  audit: 'welcome-admin-audit',
  account: 'welcome-admin-account',
  bookings: 'welcome-admin-bookings',
  calendar: 'welcome-admin-calendar',
  appointments: 'welcome-admin-appointments',
  newsletter: 'welcome-admin-newsletter',
  faq: 'welcome-admin-faq',
  figures: 'welcome-admin-figures',
};

/** Checking a session that has gone idle a little after it should have lapsed, so the server has ended it. */
const IDLE_GRACE_MS = 5_000;

/**
 * The county's staff console: sign-in, then the views the account's role may use, on hash routes
 * (`#/login`, `#/accept?token=…`, `#/accounts`, `#/audit`, `#/account`). A session that ends
 * brings back the sign-in; the views keep what was typed for the same account signing in again.
 *
 * @tagname welcome-admin-console
 * @summary The staff console: accounts, audit log, own account.
 */
export class WelcomeAdminConsole extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = adminConsoleStyles;

  @state() private session?: StaffSession;
  /** False until the first answer about the session: nothing to show before. */
  @state() private started = false;
  @state() private startProblem?: Problem;
  @state() private logoutProblem?: Problem;
  @state() private route: Route = { name: 'login' };
  @state() private signInReason: SignInReason = 'start';

  private adminApi?: AdminApi;
  /** Where a person was when the session ended: back there after signing in again. */
  private returnTo?: Route;
  /** The views made so far, kept across a lapsed session so half-typed forms survive it. */
  private readonly views = new Map<RouteName, ConsoleView>();
  private viewsOwner?: number;
  private focusView = false;
  private idleTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    document.documentElement.lang = consoleLanguage(chosenLanguage(), navigator.languages);
    super.connectedCallback();
    window.addEventListener('hashchange', this.hashChanged);
    this.adminApi ??= new AdminApi({ baseUrl: this.api, onSession: this.sessionChanged });
    if (!this.started) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.hashChanged);
    clearTimeout(this.idleTimer);
  }

  protected override updated(): void {
    document.title = `${viewTitle(this.route.name)} – ${consoleName()}`;
    if (!this.focusView) return;
    this.focusView = false;
    void this.views.get(this.route.name)?.focusHeading();
  }

  protected override render(): TemplateResult {
    const user = this.session?.user;
    const other: StaffLanguage = this.locale === 'en' ? 'de' : 'en';
    return html`<header>
        <p class="brand">${consoleName()}</p>
        <p class="who">
          ${
            user
              ? html`<span class="visually-hidden">${msg('Angemeldet:', { id: 'admin.header.signed-in' })}</span>
                  ${user.name} · ${roleLabel(user.role)}`
              : nothing
          }
        </p>
        <div class="tools">
          <button type="button" lang=${other} @click=${() => this.switchLanguage(other)}>
            ${other === 'en' ? 'English' : 'Deutsch'}
          </button>
          ${
            user
              ? html`<button type="button" @click=${this.logout}>
                  ${msg('Abmelden', { id: 'admin.header.logout' })}
                </button>`
              : nothing
          }
        </div>
      </header>
      ${user ? this.renderNavigation(user.role) : nothing}
      <main>${this.renderMain()}</main>`;
  }

  private renderNavigation(role: StaffSession['user']['role']): TemplateResult {
    return html`<nav aria-label=${msg('Bereiche der Konsole', { id: 'admin.nav.label' })}>
      <ul>
        ${navigationFor(role).map(
          (name) =>
            html`<li>
              <a href=${routeHash({ name })} aria-current=${ifDefined(name === this.route.name ? 'page' : undefined)}
                >${viewTitle(name)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderMain(): unknown {
    if (this.startProblem)
      return html`<h1>${consoleName()}</h1>
        ${problemNotice(this.startProblem, { locale: this.locale, retry: () => void this.start() })}`;
    if (!this.started) return html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`;
    return html`${this.logoutProblem ? problemNotice(this.logoutProblem, { locale: this.locale }) : nothing}
    ${this.currentView()}`;
  }

  private currentView(): ConsoleView {
    const { name } = this.route;
    let view = this.views.get(name);
    if (!view) {
      view = document.createElement(VIEW_TAGS[name]) as ConsoleView;
      this.views.set(name, view);
    }
    view.adminApi = this.adminApi;
    view.session = this.session;
    view.api = this.api;
    if (name === 'accept') (view as AdminAcceptView).token = this.route.token ?? '';
    if (name === 'login') (view as AdminLoginView).reason = this.signInReason;
    return view;
  }

  private async start(): Promise<void> {
    this.startProblem = undefined;
    try {
      this.session = await this.adminApi!.session();
    } catch (error) {
      this.startProblem = problemOf(error);
      return;
    }
    this.started = true;
    this.show(parseRoute(location.hash), false);
  }

  /** Decides what a route shows for who is signed in, and shows it. */
  private show(wanted: Route | undefined, focus = true): void {
    const session = this.session;
    let route = wanted ?? { name: session ? homeRoute(session.user.role) : 'login' };
    if (needsSession(route.name) && !session) {
      this.returnTo = route;
      route = { name: 'login' };
    } else if (
      session &&
      (route.name === 'login' || (needsSession(route.name) && !mayUse(session.user.role, route.name)))
    ) {
      route = { name: homeRoute(session.user.role) };
    }
    if (routeHash(route) !== location.hash) history.replaceState(history.state, '', routeHash(route));
    const changed = route.name !== this.route.name || route.token !== this.route.token;
    if (changed) {
      this.focusView = focus;
      this.views.get(route.name)?.refresh();
    }
    if (route.name !== 'login') this.signInReason = 'start';
    this.logoutProblem = undefined;
    this.route = route;
  }

  private hashChanged = (): void => {
    if (this.started) this.show(parseRoute(location.hash));
  };

  private sessionChanged = (session: StaffSession | undefined, end?: SessionEnd): void => {
    const before = this.session;
    this.session = session;
    if (session) {
      this.watchIdle(session);
      // Another person at this browser gets fresh views: nothing typed by the last one stays.
      const someoneElse = this.viewsOwner !== undefined && this.viewsOwner !== session.user.id;
      if (someoneElse) {
        this.views.clear();
        this.returnTo = undefined;
      }
      this.viewsOwner = session.user.id;
      if (!this.started) return;
      if (before && !someoneElse) {
        if (before.user.role !== session.user.role) this.show(this.route);
        return;
      }
      // Signed in (here, or anew in another tab): from the sign-in or the invitation on to work,
      // anywhere else the role decides again what may be shown.
      const back = this.returnTo;
      this.returnTo = undefined;
      const entry = this.route.name === 'login' || this.route.name === 'accept';
      this.show(entry ? (back && mayUse(session.user.role, back.name) ? back : undefined) : this.route);
      return;
    }
    clearTimeout(this.idleTimer);
    if (!before) return;
    if (end === 'expired') {
      this.returnTo = this.route;
    } else {
      this.returnTo = undefined;
      this.views.clear();
      this.viewsOwner = undefined;
    }
    this.signInReason = end ?? 'expired';
    this.show({ name: 'login' });
  };

  /** Shows the sign-in when the session lapses while the console sits unused. */
  private watchIdle(session: StaffSession): void {
    clearTimeout(this.idleTimer);
    const lapse = Math.min(Date.parse(session.idleExpiresAt), Date.parse(session.expiresAt));
    const wait = Math.min(2 ** 31 - 1, Math.max(0, lapse - Date.now()) + IDLE_GRACE_MS);
    this.idleTimer = setTimeout(() => {
      // Used meanwhile in another tab: the answer is the session with its new times.
      this.adminApi?.session().catch(() => undefined);
    }, wait);
  }

  private logout = async (): Promise<void> => {
    this.logoutProblem = undefined;
    try {
      await this.adminApi!.logout();
    } catch (error) {
      if (!isSessionLost(error)) this.logoutProblem = problemOf(error);
    }
  };

  private switchLanguage(language: StaffLanguage): void {
    rememberLanguage(language);
    document.documentElement.lang = language;
  }
}

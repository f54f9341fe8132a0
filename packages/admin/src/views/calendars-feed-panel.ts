import { msg, str } from '@lit/localize';
import { LoadController, WelcomeElement, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import type { CalendarFeedState } from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { feedState, revokeFeed, rotateFeed } from '../calendars-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { calendarStyles } from './calendars-styles.js';
import { renderLoad } from './console-load.js';

type Outcome = 'created' | 'revoked' | 'copied' | 'copy-failed';

/**
 * A consultant's private calendar feed: make a secret address for a calendar app (shown once, with
 * a copy button), replace it with a new one, or revoke it. The server keeps only the secret's hash,
 * so an address made earlier cannot be shown again.
 */
export class AdminFeedPanel extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = calendarStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) consultantId = '';

  @state() private url?: string;
  @state() private outcome?: Outcome;
  @state() private problem?: Problem;
  @state() private busy = false;
  /** Whether a feed works (from the server, then from this panel's own changes). */
  @state() private feed?: CalendarFeedState;

  private readonly load = new LoadController<CalendarFeedState, [AdminApi, string]>(this, {
    args: () => (this.adminApi && this.consultantId ? [this.adminApi, this.consultantId] : undefined),
    task: ([api, id], { signal }) => feedState(api, id, { signal }),
    followsLocale: false,
    onComplete: (feed) => (this.feed = feed),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('consultantId') && changed.get('consultantId') !== undefined) {
      this.url = undefined;
      this.outcome = undefined;
      this.problem = undefined;
      this.feed = undefined;
    }
  }

  protected override render(): TemplateResult {
    return html`<section aria-labelledby="feed-heading">
      <h2 id="feed-heading" tabindex="-1">${msg('Kalender-Abo', { id: 'admin.feed.heading' })}</h2>
      <p>
        ${msg(
          'Eine geheime Adresse, die Ihre Kalender-App abonniert: Ihre bestätigten Termine mit Thema, Name, Sprache, Zeitzone und Frage der Person, ohne ihre E-Mail-Adresse. Wer die Adresse kennt, sieht diese Termine; geben Sie sie nicht weiter.',
          { id: 'admin.feed.intro' },
        )}
      </p>
      <p class="muted">
        ${msg(
          'Die Adresse wird nur einmal angezeigt. Eine neue ersetzt die bisherige; die bisherige funktioniert dann nicht mehr.',
          { id: 'admin.feed.once' },
        )}
      </p>
      ${this.renderState()}
      ${
        this.url
          ? html`<div class="field">
              <label for="feed-url">${msg('Ihre Abo-Adresse', { id: 'admin.feed.url' })}</label>
              <input id="feed-url" type="url" dir="ltr" readonly .value=${this.url} @focus=${this.selectAll} />
            </div>`
          : nothing
      }
      <div class="problem" role="alert">
        ${this.problem ? problemNotice(this.problem, { locale: this.locale, announce: false }) : nothing}
      </div>
      <div class="status" role="status">${this.renderOutcome()}</div>
      <div class="actions">
        ${
          this.url
            ? html`<button type="button" class="primary" id="feed-copy" @click=${this.copy}>
                ${msg('Adresse kopieren', { id: 'admin.feed.copy' })}
              </button>`
            : nothing
        }
        <button
          type="button"
          class=${this.url ? 'secondary' : 'primary'}
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.rotate}
        >
          ${
            this.feed?.active
              ? msg('Durch eine neue Adresse ersetzen', { id: 'admin.feed.rotate' })
              : msg('Abo-Adresse erstellen', { id: 'admin.feed.create' })
          }
        </button>
        ${
          this.feed?.active
            ? html`<button
                type="button"
                class="secondary"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${this.revoke}
              >
                ${msg('Abo-Adresse widerrufen', { id: 'admin.feed.revoke' })}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** Whether there is a feed: its address cannot be shown again, only replaced. */
  private renderState(): unknown {
    const feed = this.feed;
    if (!feed) return renderLoad(this.load, this.locale, () => nothing);
    if (!feed.active)
      return html`<p><strong>${msg('Zurzeit gibt es kein Kalender-Abo.', { id: 'admin.feed.none' })}</strong></p>`;
    if (this.url) return nothing;
    const since = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(feed.createdAt ?? Date.now()),
    );
    return html`<p>
      <strong>${msg(str`Ein Kalender-Abo besteht seit ${since}.`, { id: 'admin.feed.active' })}</strong>
      ${msg('Haben Sie die Adresse verloren, ersetzen Sie sie durch eine neue.', { id: 'admin.feed.lost' })}
    </p>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.outcome) {
      case undefined:
        return nothing;
      case 'created':
        return html`<p class="notice success-notice">
          ${msg('Die neue Adresse gilt ab jetzt; eine frühere funktioniert nicht mehr.', { id: 'admin.feed.created' })}
        </p>`;
      case 'revoked':
        return html`<p class="notice success-notice">
          ${msg('Die Abo-Adresse ist widerrufen; Kalender-Apps erhalten darüber nichts mehr.', {
            id: 'admin.feed.revoked',
          })}
        </p>`;
      case 'copied':
        return html`<p class="notice success-notice">
          ${msg('Die Adresse ist kopiert.', { id: 'admin.feed.copied' })}
        </p>`;
      case 'copy-failed':
        return html`<p class="notice error-notice">
          ${msg('Kopieren ging nicht; die Adresse ist markiert, kopieren Sie sie bitte mit der Tastatur.', {
            id: 'admin.feed.copy-failed',
          })}
        </p>`;
    }
  }

  private selectAll = (event: Event): void => (event.target as HTMLInputElement).select();

  private rotate = async (): Promise<void> => {
    await this.change(async (api) => {
      this.url = (await rotateFeed(api, this.consultantId)).url;
      this.feed = { consultantId: this.consultantId, active: true, createdAt: new Date().toISOString() };
      this.outcome = 'created';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#feed-url')?.focus();
    });
  };

  private revoke = async (): Promise<void> => {
    await this.change(async (api) => {
      await revokeFeed(api, this.consultantId);
      this.url = undefined;
      this.feed = { consultantId: this.consultantId, active: false, createdAt: null };
      this.outcome = 'revoked';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#feed-heading')?.focus();
    });
  };

  private async change(send: (api: AdminApi) => Promise<void>): Promise<void> {
    if (!this.adminApi || this.busy) return;
    this.busy = true;
    this.problem = undefined;
    this.outcome = undefined;
    try {
      await send(this.adminApi);
    } catch (error) {
      if (!isSessionLost(error)) this.problem = problemOf(error);
    } finally {
      this.busy = false;
    }
  }

  private copy = async (): Promise<void> => {
    if (!this.url) return;
    this.outcome = undefined;
    try {
      await navigator.clipboard.writeText(this.url);
      this.outcome = 'copied';
    } catch {
      // No clipboard (an old browser, a denied permission): the address is selected for Ctrl+C.
      this.outcome = 'copy-failed';
      this.renderRoot.querySelector<HTMLInputElement>('#feed-url')?.focus();
    }
  };
}

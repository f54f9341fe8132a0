import { msg, str } from '@lit/localize';
import { WelcomeElement, formatCount, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import {
  NEWSLETTER_RECIPIENT_STATUSES,
  type NewsletterIssue,
  type NewsletterIssuePreview,
  type NewsletterRecipient,
  type NewsletterRecipientStatus,
} from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { issue as fetchIssue, preview, recipients } from '../newsletter-api.js';
import { languageLabel, recipientStatusLabel } from '../newsletter-texts.js';
import { audienceText } from './newsletter-audience.js';
import { previewTexts } from './newsletter-preview.js';
import { newsletterStyles } from './newsletter-styles.js';
import { issueFacts } from './newsletter-issue-facts.js';

/** Asking for progress: soon after sending starts, then less often, at most every 15 s. */
const FIRST_POLL_MS = 1_500;
const LONGEST_POLL_MS = 15_000;

/** Whether the queue still has mails of the issue, so its progress can change. */
export function stillSending(issue: NewsletterIssue): boolean {
  return issue.status === 'sending' || (issue.progress?.queued ?? 0) > 0;
}

/**
 * An issue being sent or sent (the archive's entry): its texts as they went out, who got it, the
 * progress from the mail queue (asked for politely while anything is still queued, never while
 * the tab is hidden) and each recipient's state, a page at a time.
 */
export class AdminNewsletterIssue extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = newsletterStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ type: Number }) issueId?: number;

  @state() private issue?: NewsletterIssue;
  @state() private problem?: Problem;
  @state() private rendered?: NewsletterIssuePreview['languages'];
  @state() private finished = false;
  @state() private recipientList: NewsletterRecipient[] = [];
  @state() private nextAfter: number | null = null;
  @state() private filter: NewsletterRecipientStatus | '' = '';
  @state() private recipientsProblem?: Problem;

  private timer?: ReturnType<typeof setTimeout>;
  private delay = FIRST_POLL_MS;
  private loading?: AbortController;
  private waitingForVisibility = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.visibilityChanged);
    if (this.issue && stillSending(this.issue)) this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    clearTimeout(this.timer);
    this.loading?.abort();
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('issueId') && !changed.has('adminApi')) return;
    clearTimeout(this.timer);
    this.issue = undefined;
    this.rendered = undefined;
    this.finished = false;
    this.recipientList = [];
    this.nextAfter = null;
    this.filter = '';
    this.delay = FIRST_POLL_MS;
    void this.load(true);
  }

  protected override render(): TemplateResult {
    const issue = this.issue;
    if (!issue)
      return html`<h2 tabindex="-1">${msg('Ausgabe', { id: 'admin.newsletter.issue' })}</h2>
        ${
          this.problem
            ? problemNotice(this.problem, { locale: this.locale, retry: () => void this.load(true) })
            : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`
        }`;
    const first = issue.texts[0];
    return html`<h2 tabindex="-1">
        <span lang=${first?.language ?? nothing}>${first?.subject ?? ''}</span>
      </h2>
      <dl class="facts">
        ${issueFacts(issue, this.locale)}
        ${
          issue.sendStartedAt
            ? html`<dt>${msg('Versand begonnen', { id: 'admin.newsletter.started' })}</dt>
                <dd>${this.when(issue.sendStartedAt)} · <span dir="ltr">${issue.sentBy}</span></dd>`
            : nothing
        }
        ${
          issue.sentAt
            ? html`<dt>${msg('Alle Mails in der Warteschlange', { id: 'admin.newsletter.sent-at' })}</dt>
                <dd>${this.when(issue.sentAt)}</dd>`
            : nothing
        }
      </dl>
      ${issue.audience ? html`<p>${audienceText(issue.audience, this.locale, 'fixed')}</p>` : nothing}
      ${this.renderProgress(issue)}
      <h3>${msg('Texte', { id: 'admin.newsletter.texts' })}</h3>
      ${
        this.rendered
          ? previewTexts(this.rendered, this.locale)
          : issue.texts.map(
              (text) =>
                html`<article class="card" lang=${text.language}>
                  <h4>${text.subject}</h4>
                  <pre class="preview-body">${text.markdown}</pre>
                </article>`,
            )
      }
      ${this.renderRecipients()}`;
  }

  private renderProgress(issue: NewsletterIssue): TemplateResult | typeof nothing {
    const progress = issue.progress;
    if (!progress) return nothing;
    const expected = Math.max(issue.audience?.recipients ?? 0, progress.recipients);
    const done = progress.sent + progress.failed;
    const count = (n: number) => formatCount(n, this.locale);
    return html`<h3 id="progress-heading">${msg('Fortschritt', { id: 'admin.newsletter.progress' })}</h3>
      <progress aria-labelledby="progress-heading" max=${Math.max(expected, 1)} .value=${done}></progress>
      <p>
        ${msg(
          str`${count(done)} von ${count(expected)} erledigt: ${count(progress.sent)} an den Mailserver übergeben, ${count(progress.failed)} abgewiesen, ${count(progress.queued)} in der Warteschlange.`,
          { id: 'admin.newsletter.progress-text' },
        )}
      </p>
      <div class="status" role="status">
        ${
          this.finished
            ? html`<p class="notice success-notice">
                ${msg('Der Versand ist abgeschlossen.', { id: 'admin.newsletter.finished' })}
              </p>`
            : nothing
        }
      </div>`;
  }

  private renderRecipients(): TemplateResult {
    return html`<h3 id="recipients-heading">
        ${msg('Empfängerinnen und Empfänger', { id: 'admin.newsletter.recipients' })}
      </h3>
      <div class="toolbar">
        <div class="field">
          <label for="recipient-filter">${msg('Zeigen', { id: 'admin.newsletter.recipients.filter' })}</label>
          <select id="recipient-filter" @change=${this.filterChanged}>
            <option value="" ?selected=${this.filter === ''}>
              ${msg('alle', { id: 'admin.newsletter.recipients.all' })}
            </option>
            ${NEWSLETTER_RECIPIENT_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${this.filter === status}>
                  ${recipientStatusLabel(status)}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <div class="problem" role="alert">
        ${
          this.recipientsProblem
            ? problemNotice(this.recipientsProblem, {
                locale: this.locale,
                announce: false,
                retry: () => void this.loadRecipients(false),
              })
            : nothing
        }
      </div>
      ${
        this.recipientList.length === 0
          ? html`<p class="muted">${msg('Niemand in dieser Auswahl.', { id: 'admin.newsletter.recipients.none' })}</p>`
          : html`<div class="table-frame" tabindex="0" role="region" aria-labelledby="recipients-heading">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${msg('E-Mail-Adresse', { id: 'admin.field.email' })}</th>
                    <th scope="col">${msg('Sprache', { id: 'admin.newsletter.language' })}</th>
                    <th scope="col">${msg('Zustand', { id: 'admin.newsletter.state' })}</th>
                    <th scope="col">${msg('Versuche', { id: 'admin.newsletter.recipients.attempts' })}</th>
                    <th scope="col">${msg('Letzter Fehler', { id: 'admin.newsletter.recipients.error' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.recipientList.map(
                    (recipient) =>
                      html`<tr>
                        <td dir="ltr">${recipient.email}</td>
                        <td>${languageLabel(recipient.language, this.locale)}</td>
                        <td>${recipientStatusLabel(recipient.status)}</td>
                        <td class="number">
                          ${recipient.attempts === null ? '–' : formatCount(recipient.attempts, this.locale)}
                        </td>
                        <td>${recipient.lastError ? html`<code>${recipient.lastError}</code>` : '–'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${
        this.nextAfter !== null
          ? html`<button type="button" class="secondary" @click=${() => void this.loadRecipients(true)}>
              ${msg('Weitere anzeigen', { id: 'admin.newsletter.recipients.more' })}
            </button>`
          : nothing
      }`;
  }

  private when(iso: string): TemplateResult {
    const text = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
    return html`<time datetime=${iso}>${text}</time>`;
  }

  /** Loads the issue (first time: with its rendered texts and recipients), then asks again while it is sending. */
  private async load(first: boolean): Promise<void> {
    const api = this.adminApi;
    const id = this.issueId;
    if (!api || id === undefined) return;
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;
    if (first) this.problem = undefined;
    let issue: NewsletterIssue;
    try {
      issue = await fetchIssue(api, id, { signal: loading.signal });
    } catch (error) {
      if (loading.signal.aborted || isSessionLost(error)) return;
      if (first) this.problem = problemOf(error);
      // A failed poll is tried again later: the progress shown stays as it was.
      else this.schedule();
      return;
    }
    if (loading.signal.aborted || id !== this.issueId) return;
    const before = this.issue;
    this.issue = issue;
    if (first) {
      void this.loadRendered(api, issue);
      void this.loadRecipients(false);
    } else if (JSON.stringify(before?.progress) !== JSON.stringify(issue.progress)) {
      void this.loadRecipients(false);
    }
    if (stillSending(issue)) this.schedule();
    else if (before && stillSending(before)) this.finished = true;
  }

  private async loadRendered(api: AdminApi, issue: NewsletterIssue): Promise<void> {
    try {
      const shown = await preview(api, { topics: issue.topics, texts: issue.texts });
      if (issue.id === this.issueId) this.rendered = shown.languages;
    } catch {
      // The Markdown as written stays shown: the archive is still readable.
    }
  }

  private async loadRecipients(more: boolean): Promise<void> {
    const api = this.adminApi;
    const id = this.issueId;
    if (!api || id === undefined) return;
    this.recipientsProblem = undefined;
    const filter = this.filter;
    try {
      const page = await recipients(api, id, {
        ...(filter ? { status: filter } : {}),
        ...(more && this.nextAfter !== null ? { after: this.nextAfter } : {}),
      });
      if (id !== this.issueId || filter !== this.filter) return;
      this.recipientList = more ? [...this.recipientList, ...page.recipients] : page.recipients;
      this.nextAfter = page.nextAfter;
    } catch (error) {
      if (!isSessionLost(error)) this.recipientsProblem = problemOf(error);
    }
  }

  private filterChanged = (event: Event): void => {
    this.filter = (event.target as HTMLSelectElement).value as NewsletterRecipientStatus | '';
    this.nextAfter = null;
    void this.loadRecipients(false);
  };

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.isConnected) return;
    if (document.hidden) {
      this.waitingForVisibility = true;
      return;
    }
    this.timer = setTimeout(() => void this.load(false), this.delay);
    this.delay = Math.min(Math.round(this.delay * 1.5), LONGEST_POLL_MS);
  }

  private visibilityChanged = (): void => {
    if (document.hidden || !this.waitingForVisibility) return;
    this.waitingForVisibility = false;
    // Back in view: ask at once what happened meanwhile, then slowly again.
    this.delay = FIRST_POLL_MS;
    void this.load(false);
  };
}

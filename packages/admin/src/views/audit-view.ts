import { msg, str } from '@lit/localize';
import { LoadController } from '@welcome-widgets/core';
import type { AuditEntry, AuditPage } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminApi } from '../admin-api.js';
import { actionLabel, viewTitle } from '../admin-texts.js';
import { auditChanges } from '../audit-changes.js';
import { renderLoad } from './console-load.js';
import { ConsoleView } from './console-view.js';
import { viewStyles } from './view-styles.js';
import { css } from 'lit';

/** The audit log for admins: newest first, a page at a time, each change's before and after in words. */
export class AdminAuditView extends ConsoleView {
  static override styles = [
    viewStyles,
    css`
      .entry p {
        margin: 0 0 0.25em;
      }

      .changes {
        margin: 0.5em 0 0;
        padding: 0;
        list-style: none;
      }

      .changes li {
        padding-block: 0.125em;
      }

      .old {
        text-decoration: line-through;
      }

      .pager {
        margin-block-start: var(--_space);
      }
    `,
  ];

  /** The `before` cursors of the pages shown so far: the first page has none. */
  @state() private cursors: Array<number | undefined> = [undefined];
  private focusPage = false;

  private readonly page = new LoadController<AuditPage, [AdminApi, number | undefined]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.cursors.at(-1)] : undefined),
    task: ([api, before], { signal }) => api.audit(before, { signal }),
    followsLocale: false,
  });

  /** Shows the newest entries again (after a change made elsewhere in the console). */
  override refresh(): void {
    this.cursors = [undefined];
    this.page.run();
  }

  protected override updated(): void {
    if (!this.focusPage || this.page.pending) return;
    this.focusPage = false;
    this.renderRoot.querySelector<HTMLElement>('#page-status')?.focus();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('audit')}</h1>
      <p>${msg('Wer wann was geändert hat, die neuesten Einträge zuerst.', { id: 'admin.audit.intro' })}</p>
      ${renderLoad(this.page, this.locale, (page) => this.renderPage(page))}`;
  }

  private renderPage(page: AuditPage): TemplateResult {
    const number = this.cursors.length;
    return html`<p id="page-status" tabindex="-1" class="muted">
        ${msg(str`Seite ${number}`, { id: 'admin.audit.page' })}
      </p>
      ${
        page.entries.length === 0
          ? html`<p>${msg('Noch keine Einträge.', { id: 'admin.audit.empty' })}</p>`
          : html`<ol class="list" aria-labelledby="page-status">
              ${page.entries.map((entry) => this.renderEntry(entry))}
            </ol>`
      }
      <div class="actions pager">
        ${
          number > 1
            ? html`<button type="button" class="secondary" @click=${this.newer}>
                ${msg('Neuere Einträge', { id: 'admin.audit.newer' })}
              </button>`
            : nothing
        }
        ${
          page.nextBefore !== null
            ? html`<button type="button" class="secondary" @click=${() => this.older(page.nextBefore!)}>
                ${msg('Ältere Einträge', { id: 'admin.audit.older' })}
              </button>`
            : nothing
        }
      </div>`;
  }

  private renderEntry(entry: AuditEntry): TemplateResult {
    const at = new Date(entry.at);
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
    const label = actionLabel(entry.action);
    const changes = auditChanges(entry.before, entry.after);
    return html`<li class="card entry">
      <p>
        <strong><time datetime=${entry.at}>${when}</time></strong>
      </p>
      <p>
        ${label ? html`${label} ` : nothing}<code>${entry.action}</code>
        ${entry.target ? html`· ${msg('Ziel:', { id: 'admin.audit.target' })} <code>${entry.target}</code>` : nothing}
      </p>
      <p>${msg('Von:', { id: 'admin.audit.actor' })} <span dir="ltr">${entry.actor}</span></p>
      ${
        changes.length
          ? html`<ul class="changes">
              ${changes.map(
                (change) =>
                  html`<li>
                    ${change.field ? html`<code>${change.field}</code>: ` : nothing}
                    ${
                      change.before === undefined
                        ? nothing
                        : html`<span class="visually-hidden">${msg('vorher', { id: 'admin.audit.before' })}</span>
                            <span class="old">${change.before}</span>`
                    }
                    ${change.before !== undefined && change.after !== undefined ? html`<span aria-hidden="true">→</span>` : nothing}
                    ${
                      change.after === undefined
                        ? html`<span class="visually-hidden">${msg('entfernt', { id: 'admin.audit.removed' })}</span>`
                        : html`<span class="visually-hidden">${msg('nachher', { id: 'admin.audit.after' })}</span>
                            <span>${change.after}</span>`
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private older(before: number): void {
    this.cursors = [...this.cursors, before];
    this.focusPage = true;
  }

  private newer = (): void => {
    this.cursors = this.cursors.slice(0, -1);
    this.focusPage = true;
  };
}

import { WelcomeElement } from '@welcome-widgets/core';
import type { StaffSession } from '@welcome-widgets/domain';
import { property } from 'lit/decorators.js';
import type { AdminApi } from '../admin-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';

/**
 * A view of the console: speaks to the admin API through the console's client and starts with
 * one h1, which takes the focus when the view is opened.
 */
export abstract class ConsoleView extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  @property({ attribute: false }) adminApi?: AdminApi;

  /** The signed-in account's session; undefined on the sign-in and invitation views. */
  @property({ attribute: false }) session?: StaffSession;

  /** Moves the focus to the view's heading, as a page load would put a screen reader at its top. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Called when the view is opened again: a list loads afresh (others may have changed it). */
  refresh(): void {}

  protected get admin(): AdminApi {
    if (!this.adminApi) throw new Error(`<${this.localName}> has no adminApi`);
    return this.adminApi;
  }
}

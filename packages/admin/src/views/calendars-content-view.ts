import { LoadController } from '@welcome-widgets/core';
import type { AppointmentAdminContent } from '@welcome-widgets/domain';
import { nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminApi } from '../admin-api.js';
import { appointmentContent } from '../calendars-api.js';
import { renderLoad } from './console-load.js';
import { ConsoleView } from './console-view.js';

/**
 * A view that edits the appointments content: loads it whole, again each time the view is opened
 * (others may have changed it), and keeps the content each save answers with.
 */
export abstract class AppointmentContentView extends ConsoleView {
  @state() protected content?: AppointmentAdminContent;
  private generation = 0;

  private readonly load = new LoadController<AppointmentAdminContent, [AdminApi, number]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.generation] : undefined),
    task: ([api], { signal }) => appointmentContent(api, { signal }),
    followsLocale: false,
    onComplete: (content) => (this.content = content),
  });

  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  /** The content by `render` once loaded; until then, the loading state or the problem. */
  protected renderContentOr(render: (content: AppointmentAdminContent) => TemplateResult): unknown {
    return this.content ? render(this.content) : renderLoad(this.load, this.locale, () => nothing);
  }
}

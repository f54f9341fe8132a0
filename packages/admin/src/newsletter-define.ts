import { defineElement } from '@welcome-widgets/core';
import { AdminNewsletterComposer } from './views/newsletter-composer.js';
import { AdminNewsletterIssue } from './views/newsletter-issue.js';
import { AdminNewsletterView } from './views/newsletter-view.js';

// The newsletter's elements, registered beside the console's own (define.ts imports this file).

defineElement('welcome-admin-newsletter', AdminNewsletterView);
defineElement('welcome-admin-newsletter-composer', AdminNewsletterComposer);
defineElement('welcome-admin-newsletter-issue', AdminNewsletterIssue);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-admin-newsletter': AdminNewsletterView;
    'welcome-admin-newsletter-composer': AdminNewsletterComposer;
    'welcome-admin-newsletter-issue': AdminNewsletterIssue;
  }
}

import { defineElement } from '@welcome-widgets/core';
import { AdminFaqCreateForm } from './views/faq-create-form.js';
import { AdminFaqEditor } from './views/faq-editor.js';
import { AdminFaqSynonyms } from './views/faq-synonyms.js';
import { AdminFaqView } from './views/faq-view.js';

// The FAQ view's elements, beside define.ts so each task's view registers its own tags.

defineElement('welcome-admin-faq', AdminFaqView);
defineElement('welcome-admin-faq-editor', AdminFaqEditor);
defineElement('welcome-admin-faq-create', AdminFaqCreateForm);
defineElement('welcome-admin-faq-synonyms', AdminFaqSynonyms);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-admin-faq': AdminFaqView;
    'welcome-admin-faq-editor': AdminFaqEditor;
    'welcome-admin-faq-create': AdminFaqCreateForm;
    'welcome-admin-faq-synonyms': AdminFaqSynonyms;
  }
}

import '@welcome-widgets/dashboard/define';
import { defineElement } from '@welcome-widgets/core';
import { AdminFigureEditor } from './views/figures-editor.js';
import { AdminFigureTextsForm } from './views/figures-texts-form.js';
import { AdminFiguresView } from './views/figures-view.js';

// The figures view's elements, beside define.ts so each task's view registers its own tags. The
// public dashboard's tile too: the preview is that very element, given the draft's data.

defineElement('welcome-admin-figures', AdminFiguresView);
defineElement('welcome-admin-figure-editor', AdminFigureEditor);
defineElement('welcome-admin-figure-texts', AdminFigureTextsForm);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-admin-figures': AdminFiguresView;
    'welcome-admin-figure-editor': AdminFigureEditor;
    'welcome-admin-figure-texts': AdminFigureTextsForm;
  }
}

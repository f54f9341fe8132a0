import { defineElement } from '@welcome-widgets/core';
import { WelcomeFaqSearch } from './faq-search.js';

defineElement('welcome-faq-search', WelcomeFaqSearch);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-faq-search': WelcomeFaqSearch;
  }
}

import { defineElement } from '@welcome-widgets/core';
import { WelcomeNewsletterSignup } from './newsletter-signup.js';

defineElement('welcome-newsletter-signup', WelcomeNewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-newsletter-signup': WelcomeNewsletterSignup;
  }
}

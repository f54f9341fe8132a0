import { defineElement } from '@welcome-widgets/core';
import { WelcomeQuickcheck } from './quickcheck.js';

defineElement('welcome-quickcheck', WelcomeQuickcheck);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-quickcheck': WelcomeQuickcheck;
  }
}

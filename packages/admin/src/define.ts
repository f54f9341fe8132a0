import { defineElement } from '@welcome-widgets/core';
import { WelcomeAdminConsole } from './admin-console.js';
import { AdminAcceptView } from './views/accept-view.js';
import { AdminAccountCard } from './views/account-card.js';
import { AdminAccountView } from './views/account-view.js';
import { AdminAccountsView } from './views/accounts-view.js';
import { AdminAuditView } from './views/audit-view.js';
import { AdminLoginView } from './views/login-view.js';
import './calendars-define.js';
import './newsletter-define.js';
import './faq-define.js';
import './figures-define.js';

defineElement('welcome-admin-console', WelcomeAdminConsole);
defineElement('welcome-admin-login', AdminLoginView);
defineElement('welcome-admin-accept', AdminAcceptView);
defineElement('welcome-admin-accounts', AdminAccountsView);
defineElement('welcome-admin-account-card', AdminAccountCard);
defineElement('welcome-admin-audit', AdminAuditView);
defineElement('welcome-admin-account', AdminAccountView);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-admin-console': WelcomeAdminConsole;
    'welcome-admin-login': AdminLoginView;
    'welcome-admin-accept': AdminAcceptView;
    'welcome-admin-accounts': AdminAccountsView;
    'welcome-admin-account-card': AdminAccountCard;
    'welcome-admin-audit': AdminAuditView;
    'welcome-admin-account': AdminAccountView;
  }
}

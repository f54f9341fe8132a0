/** Every public tag and the module that defines it; only tags present on the page are loaded. */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'welcome-newsletter-signup': () => import('@welcome-widgets/newsletter-signup/define'),
  'welcome-quickcheck': () => import('@welcome-widgets/quickcheck/define'),
  'welcome-appointment-picker': () => import('@welcome-widgets/appointment-picker/define'),
  'welcome-faq-search': () => import('@welcome-widgets/faq-search/define'),
  'welcome-dashboard': () => import('@welcome-widgets/dashboard/define'),
  'welcome-dashboard-tile': () => import('@welcome-widgets/dashboard/define'),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MOCK_VALID_TOKEN, SCENARIOS, mockFetch, newsletterHandlers, type Scenario } from '@welcome-widgets/api-mock';
import '@welcome-widgets/newsletter-signup/define';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from './support/wait-for.js';

interface NewsletterArgs {
  /** Set from the toolbar's language menu by the decorator in .storybook/preview.ts. */
  lang: string;
  /** How the mocked backend answers (msw handlers from @welcome-widgets/api-mock). */
  scenario: Scenario;
  privacyHref: string;
  publisher: string;
  headingLevel: number;
  confirmToken: string;
  unsubscribeToken: string;
}

type Story = StoryObj<NewsletterArgs>;

const DESCRIPTION = `
Newsletter subscription with double opt-in: the person picks topics and the newsletter language,
gives consent, receives a mail in their language and confirms with its link on a page that shows
this widget. Every story answers from the msw handlers of \`@welcome-widgets/api-mock\` through the
widget's \`apiFetch\` property, so nothing reaches a real backend. The toolbar's language menu sets
the widget's \`lang\` attribute.

**Attributes:** \`api\` (base URL of the backend, default \`/api\`), \`lang\` (de, en, uk, ru, ar, es, vi),
\`privacy-href\` (link to the privacy notice shown with the consent), \`publisher\` (sender named in the
consent text, default \`Landkreis Mittelsachsen\`), \`heading-level\` (1–6, default 2),
\`confirm-token\` / \`unsubscribe-token\` (redeem a token passed by the page; otherwise read from
\`?newsletter-confirm=\` / \`?newsletter-unsubscribe=\`). JS property: \`apiFetch\` (a fetch to use instead of the browser's).

**Events** (bubble, composed, never personal data): \`welcome-newsletter-requested\`
(\`detail: { topics, language }\`), \`welcome-newsletter-confirmed\`, \`welcome-newsletter-unsubscribed\`
(\`detail: { action }\`).

**Parts:** \`base\`, \`heading\`, \`form\`, \`submit\`, \`status\`.
`;

// ---------------------------------------------------------------------------------------------
// Play helpers: plain DOM in the widget's shadow root.

/** The rendered widget and its shadow root, once its first paint (after loading translations) is done. */
async function widgetIn(canvasElement: HTMLElement) {
  const el = await waitFor(
    () => canvasElement.querySelector('welcome-newsletter-signup'),
    '<welcome-newsletter-signup>',
  );
  const root = await waitFor(() => (el.shadowRoot?.querySelector('.root') ? el.shadowRoot : null), 'the first render');
  await el.updateComplete;
  return { el, root };
}

function $<T extends Element>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <welcome-newsletter-signup>`);
  return found;
}

function fillValidForm(root: ShadowRoot, email = 'valid.person@example.org'): void {
  const input = $<HTMLInputElement>(root, '#email');
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  $<HTMLInputElement>(root, '#topics-events').click();
  $<HTMLInputElement>(root, '#consent').click();
}

function clickSubmit(root: ShadowRoot): void {
  $<HTMLButtonElement>(root, 'button[type=submit]').click();
}

/** Fills the form, submits it and waits until `done` matches in the shadow root. */
function submitAndWaitFor(done: string): Story['play'] {
  return async ({ canvasElement }) => {
    const { el, root } = await widgetIn(canvasElement);
    fillValidForm(root);
    await el.updateComplete;
    clickSubmit(root);
    await waitFor(() => root.querySelector(done), done);
  };
}

// ---------------------------------------------------------------------------------------------

const meta: Meta<NewsletterArgs> = {
  tags: ['autodocs'],
  title: 'Widgets/Newsletter signup',
  component: 'welcome-newsletter-signup',
  decorators: [withActions],
  render: ({ lang, scenario, privacyHref, publisher, headingLevel, confirmToken, unsubscribeToken }) =>
    // A new element when a token changes: the widget redeems tokens when it connects.
    html`${keyed(
      `${confirmToken}|${unsubscribeToken}`,
      html`<welcome-newsletter-signup
        lang=${lang}
        privacy-href=${privacyHref}
        publisher=${publisher}
        heading-level=${headingLevel}
        confirm-token=${ifDefined(confirmToken || undefined)}
        unsubscribe-token=${ifDefined(unsubscribeToken || undefined)}
        .apiFetch=${mockFetch(newsletterHandlers(scenario))}
      ></welcome-newsletter-signup>`,
    )}`,
  args: {
    lang: 'de',
    scenario: 'ok',
    privacyHref: '#datenschutz',
    publisher: 'Landkreis Mittelsachsen',
    headingLevel: 2,
    confirmToken: '',
    unsubscribeToken: '',
  },
  argTypes: {
    lang: {
      description: 'UI language; set it with the language menu in the toolbar.',
      control: false,
    },
    scenario: {
      description: 'How the mocked backend answers.',
      control: 'select',
      options: [...SCENARIOS],
    },
    privacyHref: { name: 'privacy-href', control: 'text' },
    publisher: { control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
    confirmToken: { name: 'confirm-token', control: 'text' },
    unsubscribeToken: { name: 'unsubscribe-token', control: 'text' },
  },
  parameters: {
    actions: {
      handles: ['welcome-newsletter-requested', 'welcome-newsletter-confirmed', 'welcome-newsletter-unsubscribed'],
    },
    docs: { description: { component: DESCRIPTION } },
  },
};

export default meta;

/** The empty form, waiting for input. */
export const Idle: Story = {
  args: { scenario: 'ok' },
};

/** A valid request on its way; the mock answers after 2.5 s, then the widget shows "check your inbox". */
export const Submitting: Story = {
  args: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn(canvasElement);
    fillValidForm(root);
    await el.updateComplete;
    clickSubmit(root);
    await waitFor(() => root.querySelector('button[type=submit][aria-disabled=true]'), 'the submitting state');
  },
};

/** The server accepted the request and sent the confirmation mail. */
export const CheckYourInbox: Story = {
  args: { scenario: 'ok' },
  play: submitAndWaitFor('.success-notice'),
};

/** Submitting an empty form marks every required field and focuses the first one. */
export const FieldErrors: Story = {
  args: { scenario: 'ok' },
  play: async ({ canvasElement }) => {
    const { root } = await widgetIn(canvasElement);
    clickSubmit(root);
    await waitFor(() => root.querySelector('.field-error'), 'field errors');
  },
};

/** The server answers 500; the input is kept and the person can retry. */
export const ServerError: Story = {
  args: { scenario: 'error' },
  play: submitAndWaitFor('.problem .error-notice'),
};

/** A proxy answers 200 with an HTML page instead of JSON; the widget treats it as a server error. */
export const MalformedResponse: Story = {
  args: { scenario: 'malformed' },
  play: submitAndWaitFor('.problem .error-notice'),
};

/** The request fails like a network error (no connection to the server). */
export const Offline: Story = {
  args: { scenario: 'offline' },
  play: submitAndWaitFor('.problem .error-notice'),
};

/** Too many requests (429 with Retry-After); the widget names the time to try again and offers no retry button. */
export const RateLimited: Story = {
  args: { scenario: 'rate-limited' },
  play: submitAndWaitFor('.problem .error-notice'),
};

/** The server rejects the address (422 with field codes); the error shows at the email field. */
export const ServerValidation: Story = {
  args: { scenario: 'validation' },
  play: submitAndWaitFor('#email-error'),
};

/** The page passed a valid confirmation token (from the link in the mail). */
export const Confirmed: Story = {
  args: { scenario: 'ok', confirmToken: MOCK_VALID_TOKEN },
};

/** The page passed a valid unsubscribe token. */
export const Unsubscribed: Story = {
  args: { scenario: 'ok', unsubscribeToken: MOCK_VALID_TOKEN },
};

/** A used or expired confirmation link (the mock answers 404). */
export const InvalidLink: Story = {
  args: { scenario: 'ok', confirmToken: 'A'.repeat(43) },
};

/** Arabic, right to left; the language menu is fixed to العربية for this story. */
export const RightToLeft: Story = {
  args: { scenario: 'ok' },
  globals: { locale: 'ar' },
};

/** On a partner page the county has not put on ALLOWED_ORIGINS yet: the widget says so, without a retry. */
export const OriginNotAllowed: Story = { args: { scenario: 'origin-not-allowed' } };

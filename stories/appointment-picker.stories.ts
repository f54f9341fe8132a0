import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  MOCK_BOOKING_ID,
  MOCK_CANCELLED_BOOKING_ID,
  MOCK_CANCEL_TOKEN,
  MOCK_EXPIRED_HOLD_ID,
  MOCK_HELD_BOOKING_ID,
  SCENARIOS,
  appointmentHandlers,
  mockFetch,
  type Scenario,
} from '@welcome-widgets/api-mock';
import '@welcome-widgets/appointment-picker/define';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { withActions } from 'storybook/actions/decorator';
import { sleep, waitFor } from './support/wait-for.js';

interface PickerArgs {
  /** Set from the toolbar's language menu by the decorator in .storybook/preview.ts. */
  lang: string;
  /** How the mocked backend answers (msw handlers from @welcome-widgets/api-mock). */
  scenario: Scenario;
  topic: string;
  timezone: string;
  privacyHref: string;
  headingLevel: number;
  /** Opens the page as a link from a mail does (stories only). */
  link?: 'confirm' | 'confirm-expired' | 'cancel' | 'room' | 'already-cancelled';
}

/** The address a link from the mail opens, with the mock's known bookings. */
const LINKS = {
  confirm: `?appointment=${MOCK_HELD_BOOKING_ID}&appointment-confirm=${MOCK_CANCEL_TOKEN}`,
  'confirm-expired': `?appointment=${MOCK_EXPIRED_HOLD_ID}&appointment-confirm=${MOCK_CANCEL_TOKEN}`,
  cancel: `?appointment=${MOCK_BOOKING_ID}&appointment-cancel=${MOCK_CANCEL_TOKEN}`,
  room: `?appointment=${MOCK_BOOKING_ID}&appointment-room=${MOCK_CANCEL_TOKEN}`,
  'already-cancelled': `?appointment=${MOCK_CANCELLED_BOOKING_ID}&appointment-cancel=${MOCK_CANCEL_TOKEN}`,
};

type Story = StoryObj<PickerArgs>;

const DESCRIPTION = `
Book a virtual consultation: a topic, a day with free times in a month grid (WAI-ARIA date-picker
keys, mirrored in Arabic, weeks starting on the locale's first day), a time shown in the viewer's
time zone with Berlin time beside it, a short form; the time is then held until the link in the
mail confirms it (\`?appointment=&appointment-confirm=\`), which shows the confirmation with a
calendar file and cancelling. The confirmation mail's links open the room view (\`?appointment=&appointment-room=\`: when, the
video link, how to prepare, cancelling) and the cancel view (\`?appointment=&appointment-cancel=\`).
Every story answers from the msw handlers of \`@welcome-widgets/api-mock\` through the
widget's \`apiFetch\` property.

**Attributes:** \`api\`, \`lang\`, \`topic\` (fixes the topic; else \`?topic=\` or the person's choice),
\`timezone\` (IANA zone; default: the viewer's), \`privacy-href\`, \`heading-level\` (1–6, default 2).

**Events:** \`welcome-booking-held\` (\`detail: { id, topic, start, end, holdExpiresAt }\`),
\`welcome-booking-confirmed\` (\`detail: { id, topic, start, end }\`),
\`welcome-booking-cancelled\` (\`detail: { id }\`); never personal data.

**Parts:** \`base\`, \`heading\`, \`calendar\`, \`slots\`, \`form\`, \`submit\`, \`status\`.
`;

async function shadowOf(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const el = await waitFor(
    () => canvasElement.querySelector('welcome-appointment-picker'),
    '<welcome-appointment-picker>',
  );
  return waitFor(() => (el.shadowRoot?.querySelector('.root') ? el.shadowRoot : null), 'the first render');
}

async function click(root: ShadowRoot, selector: string): Promise<void> {
  (await waitFor(() => root.querySelector<HTMLElement>(selector), selector)).click();
  await sleep(50);
}

async function openForm(root: ShadowRoot): Promise<void> {
  await click(root, 'button.day.has-slots');
  await click(root, 'button.slot');
}

function fillForm(root: ShadowRoot): void {
  for (const [id, value] of [
    ['name', 'Nguyễn Thị Lan'],
    ['email', 'lan@example.org'],
  ]) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input'));
  }
  root.querySelector<HTMLInputElement>('#consent')!.click();
}

const meta: Meta<PickerArgs> = {
  tags: ['autodocs'],
  title: 'Widgets/Appointment picker',
  component: 'welcome-appointment-picker',
  decorators: [withActions],
  render: ({ lang, scenario, topic, timezone, privacyHref, headingLevel, link }) => {
    history.replaceState(
      history.state,
      '',
      link ? LINKS[link] : location.pathname + location.search.replace(/[?&]appointment.*$/, ''),
    );
    return html`${keyed(
      `${scenario}|${link}`,
      html`<welcome-appointment-picker
        lang=${lang}
        topic=${topic}
        timezone=${timezone}
        privacy-href=${privacyHref}
        heading-level=${headingLevel}
        .apiFetch=${mockFetch(appointmentHandlers(scenario))}
      ></welcome-appointment-picker>`,
    )}`;
  },
  args: {
    lang: 'de',
    scenario: 'ok',
    topic: '',
    timezone: 'Asia/Kolkata',
    privacyHref: '#datenschutz',
    headingLevel: 2,
  },
  argTypes: {
    lang: { description: 'UI language; set it with the language menu in the toolbar.', control: false },
    scenario: { description: 'How the mocked backend answers.', control: 'select', options: [...SCENARIOS] },
    topic: {
      control: 'select',
      options: ['', 'employers', 'work-visa', 'recognition', 'opportunity-card', 'family-reunification'],
    },
    timezone: { control: 'text' },
    privacyHref: { name: 'privacy-href', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
    link: { control: false },
  },
  parameters: {
    actions: { handles: ['welcome-booking-held', 'welcome-booking-confirmed', 'welcome-booking-cancelled'] },
    docs: { description: { component: DESCRIPTION } },
  },
};

export default meta;

/** The topics to choose from. */
export const ChooseTopic: Story = {};

/** A fixed topic: the month grid with the days that have free times (viewer in India). */
export const Calendar: Story = { args: { topic: 'work-visa' } };

/** A day chosen: its times in the viewer's zone, with Berlin time beside them. */
export const DaySlots: Story = {
  args: { topic: 'work-visa' },
  play: async ({ canvasElement }) => click(await shadowOf(canvasElement), 'button.day.has-slots'),
};

/** The booking form for the chosen time. */
export const BookingForm: Story = {
  args: { topic: 'work-visa' },
  play: async ({ canvasElement }) => openForm(await shadowOf(canvasElement)),
};

/** "Book" with empty fields: translated messages, the first field focused. */
export const FieldErrors: Story = {
  args: { topic: 'work-visa' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    await openForm(root);
    await click(root, 'button[type=submit]');
  },
};

/** Booked: the time is held; "check your mail to confirm", until when, no calendar file yet. */
export const Held: Story = {
  args: { topic: 'work-visa' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    await openForm(root);
    fillForm(root);
    await click(root, 'button[type=submit]');
    await waitFor(() => root.querySelector('#outcome'), 'the held box');
  },
};

/** The link in the hold mail: confirmed, with the calendar file and cancelling. */
export const Confirmed: Story = { args: { link: 'confirm' } };

/** The link in the hold mail, too late: the time was released; back to the calendar. */
export const HoldExpired: Story = { args: { link: 'confirm-expired' } };

/** Someone was faster: the person keeps what they typed and sees the refreshed times. */
export const SlotTaken: Story = {
  args: { topic: 'work-visa', scenario: 'conflict' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    await openForm(root);
    fillForm(root);
    await click(root, 'button[type=submit]');
  },
};

/** The cancel link from the confirmation mail: which appointment, and the question. */
export const CancelFromMail: Story = { args: { link: 'cancel' } };

/** Cancelled: a success box, focused. */
export const Cancelled: Story = {
  args: { link: 'cancel' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    await click(root, '.confirm-actions .primary');
    await waitFor(() => root.querySelector('#outcome'), 'the outcome');
  },
};

/** The cancel link once more: already cancelled, no mail promised. */
export const AlreadyCancelled: Story = { args: { link: 'already-cancelled' } };

/** The video link from the mail and the calendar file at the appointment time: the room view. */
export const RoomFromMail: Story = { args: { link: 'room' } };

/** Changing the time zone: the search lists zones by city, localized name and offset. */
export const TimeZoneSearch: Story = {
  args: { topic: 'work-visa' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    await click(root, '#tz-button');
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#tz-input'), 'the search field');
    input.value = 'GMT+5';
    input.dispatchEvent(new Event('input'));
  },
};

/** The topics are on their way (the mock answers after 2.5 s). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The server answers 500: a translated message with retry. */
export const ServerError: Story = { args: { scenario: 'error' } };

/** No connection to the server. */
export const Offline: Story = { args: { scenario: 'offline' } };

/** On a partner page the county has not put on ALLOWED_ORIGINS yet: the widget says so, without a retry. */
export const OriginNotAllowed: Story = { args: { scenario: 'origin-not-allowed' } };

import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { WelcomeAppointmentPicker } from '../../src/appointment-picker.js';

export interface Mail {
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

const backend = executeServerCommand<{ url: string }, undefined>('backend');
export const apiOf = async (): Promise<string> => `${(await backend).url}/api`;
export const nextMail = (to: string) => executeServerCommand<Mail, { to: string }>('next-mail', { to });

export const root = (el: WelcomeAppointmentPicker): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: WelcomeAppointmentPicker, selector: string): T | null =>
  root(el).querySelector<T>(selector);
export const text = (el: WelcomeAppointmentPicker): string => root(el).textContent!.replace(/\s+/g, ' ');
export const active = (el: WelcomeAppointmentPicker): HTMLElement | null =>
  root(el).activeElement as HTMLElement | null;

let unique = 0;
export const address = (): string => `person.${Date.now()}.${++unique}@example.org`;

export async function picker(
  options: { lang?: string; topic?: string; timezone?: string; fetch?: typeof fetch } = {},
): Promise<WelcomeAppointmentPicker> {
  const el = await fixture<WelcomeAppointmentPicker>(
    html`<welcome-appointment-picker
      api=${await apiOf()}
      lang=${options.lang ?? 'de'}
      topic=${options.topic ?? ''}
      timezone=${options.timezone ?? 'Europe/Berlin'}
      privacy-href="/datenschutz"
      .apiFetch=${options.fetch}
    ></welcome-appointment-picker>`,
  );
  await waitUntil(() => $(el, '.topics, .fixed-topic, [role=alert], #cancel-question, #outcome, .room'), 'loaded', {
    timeout: 5000,
  });
  return el;
}

/** Waits for the month's slots and moves on to later months until a day has some. */
export async function firstFreeDay(el: WelcomeAppointmentPicker): Promise<HTMLButtonElement> {
  for (let month = 0; month < 3; month++) {
    await waitUntil(() => $(el, 'table[aria-busy=false]'), 'slots loaded', { timeout: 5000 });
    const day = $<HTMLButtonElement>(el, 'button.day.has-slots');
    if (day) return day;
    $<HTMLButtonElement>(el, '.month-step:last-of-type')!.click();
    await el.updateComplete;
  }
  throw new Error('no free day in three months');
}

export async function chooseFirstSlot(el: WelcomeAppointmentPicker): Promise<string> {
  (await firstFreeDay(el)).click();
  await el.updateComplete;
  const slot = $<HTMLButtonElement>(el, 'button.slot')!;
  const start = slot.dataset.start!;
  slot.click();
  await formShown(el);
  return start;
}

/** The form is a part of its own: fetched while the times were on screen, usually there at once. */
export async function formShown(el: WelcomeAppointmentPicker): Promise<void> {
  await waitUntil(() => $(el, '#name'), 'the booking form', { timeout: 5000 });
}

export function fill(el: WelcomeAppointmentPicker, values: { name?: string; email?: string }): void {
  for (const [id, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input'));
  }
}

export async function slotsFor(topic: string, start: string): Promise<string[]> {
  const day = start.slice(0, 10);
  const response = await fetch(`${await apiOf()}/v1/appointments/slots?topic=${topic}&from=${day}&to=${day}T23:59:59Z`);
  return ((await response.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
}

/** Books straight at the server, as another person would: the slot is held (201), the link goes by mail. */
export async function holdDirectly(topic: string, start: string, email = address()) {
  const response = await fetch(`${await apiOf()}/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic, start, name: 'Mai', email, language: 'de', mailLanguage: 'de', consent: true }),
  });
  if (response.status !== 201) throw new Error(`booking failed: ${response.status}`);
  return { ...((await response.json()) as { id: string; start: string; end: string; holdExpiresAt: string }), email };
}

/** The confirm link of the next mail to `email` (the hold mail), as its recipient clicks it. */
export async function confirmLinkFor(email: string): Promise<{ url: URL; id: string; token: string }> {
  const mail = await nextMail(email);
  const match = /https?:\/\/\S*appointment-confirm=[^\s>)]+/.exec(mail.text);
  if (!match) throw new Error(`no confirm link in the mail to ${email}`);
  const url = new URL(match[0]);
  return { url, id: url.searchParams.get('appointment')!, token: url.searchParams.get('appointment-confirm')! };
}

/**
 * Books and confirms straight at the server, as the mail's recipient would have: held, the link
 * read from the hold mail, confirmed. The next mail to `email` is the confirmation.
 */
export async function bookDirectly(topic: string, start: string, email = address()) {
  const held = await holdDirectly(topic, start, email);
  const { token } = await confirmLinkFor(email);
  const response = await fetch(`${await apiOf()}/v1/appointments/${held.id}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (response.status !== 200) throw new Error(`confirming failed: ${response.status}`);
  return { id: held.id, start: held.start, end: held.end, cancelToken: token, email };
}

/** A free slot of a topic, straight from the server (the first within the next 60 days). */
export async function freeSlot(topic: string, skip = 0): Promise<string> {
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${await apiOf()}/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
  const { slots } = (await response.json()) as { slots: { start: string }[] };
  return slots[skip]!.start;
}

/** Opens the page as a link from the mail does, and puts the address back afterwards. */
export async function withAddress<T>(search: string, body: () => Promise<T>): Promise<T> {
  history.replaceState(null, '', `${location.pathname}${search}`);
  try {
    return await body();
  } finally {
    history.replaceState(null, '', location.pathname);
  }
}

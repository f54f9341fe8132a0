import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import { $, apiOf, root } from './support/harness.js';

type Titles = Record<string, string>;

async function titlesIn(lang: string): Promise<Titles> {
  const response = await fetch(`${await apiOf()}/v1/appointments/topics?lang=${lang}`);
  const { topics } = (await response.json()) as { topics: { id: string; title: string }[] };
  return Object.fromEntries(topics.map((t) => [t.id, t.title]));
}

const dayIn = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

/** The first month (from tomorrow's) with free days in `zone`, and those days, straight from the server. */
async function expectedMonth(topic: string, zone: string): Promise<{ month: string; days: string[] }> {
  const today = dayIn(new Date().toISOString(), zone);
  const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 80 * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${await apiOf()}/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
  const { slots } = (await response.json()) as { slots: { start: string }[] };
  const days = [...new Set(slots.map((s) => dayIn(s.start, zone)))].filter((d) => d >= today).sort();
  const month = days[0]!.slice(0, 7);
  return { month, days: days.filter((d) => d.startsWith(month)) };
}

/** A small seeded generator, so that a failing round can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The real server's answers, each held back by its own delay (up to `max` ms). */
function delayingFetch(next: () => number, max: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    await new Promise((resolve) => setTimeout(resolve, Math.round(next() * max)));
    return response;
  };
}

const MAX_DELAY = 160;
const ROUNDS = 20;

describe('<welcome-appointment-picker> when the page changes its language mid-load', () => {
  for (const { name, target, topic, zoneSwitch } of [
    { name: 'Arabic page (?lang=ar)', target: 'ar', topic: '', zoneSwitch: false },
    { name: 'English visitor with ?topic=work-visa', target: 'en', topic: 'work-visa', zoneSwitch: false },
    { name: 'Ukrainian page while the zone changes too', target: 'uk', topic: 'work-visa', zoneSwitch: true },
  ]) {
    it(`never shows a stale language or a wrong month: ${name}, ${ROUNDS} rounds with delayed answers`, async function () {
      this.timeout(ROUNDS * 4000);
      const titles = await titlesIn(target);
      // "Chancenkarte" stays German inside every translation: only titles no translation contains count.
      const german = Object.values(await titlesIn('de')).filter(
        (title) => !Object.values(titles).some((translated) => translated.includes(title)),
      );
      const finalZone = zoneSwitch ? 'Asia/Kolkata' : 'Europe/Berlin';
      const expected = await expectedMonth('work-visa', finalZone);
      if (topic) history.replaceState(null, '', `?topic=${topic}`);
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const next = random(round + 1);
          const wrapper = await fixture<HTMLDivElement>(
            html`<div lang="de">
              <welcome-appointment-picker
                api=${await apiOf()}
                timezone="Europe/Berlin"
                .apiFetch=${delayingFetch(next, MAX_DELAY)}
              ></welcome-appointment-picker>
            </div>`,
          );
          const el = wrapper.querySelector<WelcomeAppointmentPicker>('welcome-appointment-picker')!;
          await new Promise((resolve) => setTimeout(resolve, Math.round(next() * MAX_DELAY)));
          wrapper.lang = target;
          if (zoneSwitch) {
            await new Promise((resolve) => setTimeout(resolve, Math.round(next() * MAX_DELAY)));
            el.timezone = finalZone;
          }
          if (!topic) {
            // The person picks the topic once it reads in their language.
            await waitUntil(
              () => $(el, 'label[for=topic-work-visa]')?.textContent?.includes(titles['work-visa']!),
              `round ${round}: topics`,
              { timeout: 5000 },
            );
            $<HTMLInputElement>(el, '#topic-work-visa')!.click();
          }
          await waitUntil(() => $(el, 'table[aria-busy=false]'), `round ${round}: slots`, { timeout: 5000 });
          // Longer than any delay: a late answer to an old question would have landed by now.
          await new Promise((resolve) => setTimeout(resolve, MAX_DELAY * 2));
          await el.updateComplete;

          const shown = [...root(el).querySelectorAll('.topics label, .fixed-topic strong')].map((label) =>
            label.textContent!.replace(/\s+/g, ' ').trim(),
          );
          for (const [id, title] of Object.entries(titles)) {
            if (!topic || id === topic)
              expect(
                shown.some((label) => label.startsWith(title)),
                `round ${round}: "${title}" in ${shown.join(' | ')}`,
              ).to.equal(true);
          }
          for (const title of german)
            expect(root(el).textContent, `round ${round}: German title "${title}"`).not.to.contain(title);
          expect(root(el).querySelector('.root')!.getAttribute('lang'), `round ${round}: language`).to.equal(target);

          const days = [...root(el).querySelectorAll<HTMLButtonElement>('button.day.has-slots')].map(
            (b) => b.dataset.day,
          );
          expect(days[0]?.slice(0, 7) ?? 'no free day', `round ${round}: month shown`).to.equal(expected.month);
          expect(days, `round ${round}: every free day of ${expected.month}`).to.deep.equal(expected.days);
        }
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });
  }
});

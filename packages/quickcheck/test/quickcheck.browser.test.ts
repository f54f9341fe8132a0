import { mockFetch, quickcheckHandlers, type Scenario } from '@welcome-widgets/api-mock';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { WelcomeQuickcheck } from '../src/quickcheck.js';
import {
  $,
  answer,
  apiOf,
  caseNamed as namedCase,
  currentQuestion,
  ready,
  real,
  root,
  shownPathways,
  text,
  walkThrough,
  type Case,
} from './support/quickcheck-harness.js';

let cases: Case[] = [];
before(async () => {
  cases = await Promise.all(
    [
      'Indian economist',
      'Vietnamese nurse',
      'Nurse with partial recognition',
      'Serbian kitchen helper',
      'Nobody fits',
      'Polish electrician',
      'Tunisian mechatronics',
    ].map(namedCase),
  );
});
const caseNamed = (start: string) => cases.find((c) => c.name.startsWith(start))!;

async function mocked(scenario: Scenario, lang = 'de') {
  const fetcher = mockFetch(quickcheckHandlers(scenario));
  return ready(
    await fixture<WelcomeQuickcheck>(html`<welcome-quickcheck lang=${lang} .apiFetch=${fetcher}></welcome-quickcheck>`),
  );
}

describe('<welcome-quickcheck> against the real server', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const [start, audience] of [
    ['Indian economist', 'worker'],
    ['Vietnamese nurse', 'employer'],
    ['Nurse with partial recognition', 'worker'],
    ['Serbian kitchen helper', 'employer'],
    ['Nobody fits', 'worker'],
  ] as const) {
    it(`walks from the first question to the result: ${start} (${audience})`, async () => {
      const { profile, expect: expected } = caseNamed(start);
      const el = await real({ audience });
      const complete = oneEvent(el, 'welcome-quickcheck-complete');
      await walkThrough(el, profile, 'de');
      expect(shownPathways(el).sort()).to.deep.equal([...expected.pathways].sort());
      const event = (await complete) as CustomEvent<{ pathways: string[] }>;
      expect([...event.detail.pathways].sort()).to.deep.equal([...expected.pathways].sort());
      expect(text(el)).to.contain('Orientierung, keine rechtliche Entscheidung');
      expect(text(el)).to.contain('1. Januar 2026');
      if (audience === 'employer' && expected.pathways.includes('skilled-worker-vocational')) {
        expect(text(el)).to.contain('Beschleunigtes Fachkräfteverfahren');
        expect(text(el)).to.contain('411');
      }
      if (expected.pathways.length === 0) {
        expect(text(el)).to.contain('Noch passt kein Weg');
        expect(text(el)).to.contain('Eine kostenlose Beratung');
      }
    });
  }

  it('is done after one question for an EU citizen', async () => {
    const el = await real();
    const asked = await walkThrough(el, caseNamed('Polish electrician').profile, 'de');
    expect(asked).to.deep.equal(['citizenship']);
    expect(shownPathways(el)).to.deep.equal(['free-movement']);
  });

  it('phrases questions for employers', async () => {
    const el = await real({ audience: 'employer' });
    expect(text(el)).to.contain('Welche Staatsangehörigkeit hat die Person?');
    await answer(el, { citizenship: 'IN' }, 'de');
    expect(text(el)).to.contain('Haben Sie der Person einen Arbeitsvertrag angeboten?');
  });

  it('is axe-clean at every step and on the result, in German, English and Arabic', async () => {
    for (const lang of ['de', 'en', 'ar']) {
      const el = await real({ lang, bookingHref: '/beratung' });
      await walkThrough(el, caseNamed('Indian economist').profile, lang, async () => {
        await expect(el).to.be.accessible();
      });
      $<HTMLElement>(el, 'details summary')!.click();
      await expect(el).to.be.accessible();
      if (lang === 'ar') expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    }
  });

  it('goes back and forward without losing answers', async () => {
    const el = await real();
    await answer(el, { citizenship: 'VN' }, 'de');
    await answer(el, { jobOffer: true }, 'de');
    expect(currentQuestion(el)).to.equal('annualSalaryEur');
    $<HTMLInputElement>(el, '#q-input')!.value = '40.000';
    $<HTMLInputElement>(el, '#q-input')!.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    for (const expected of ['annualSalaryEur', 'jobOffer', 'citizenship']) {
      ($(el, '.actions button.secondary') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal(expected);
    }
    expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal('Vietnam');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#o-true')!.checked, 'job offer kept').to.equal(true);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal('40.000');
  });

  it('reads the salary in the locale’s number format and rejects what is not a number, translated', async () => {
    const el = await real({ lang: 'en' });
    await answer(el, { citizenship: 'IN' }, 'en');
    await answer(el, { jobOffer: true }, 'en');
    const input = $<HTMLInputElement>(el, '#q-input')!;
    input.value = 'a lot';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('annualSalaryEur');
    expect($(el, '#q-error')!.textContent).to.match(/number/i);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('q-error');
    expect(input.value, 'what was typed stays').to.equal('a lot');
    input.value = '52,000';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('qualification');
  });

  it('asks for an answer before going on', async () => {
    const el = await real();
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#q-error')!.textContent).to.contain('Bitte wählen Sie ein Land aus der Liste.');
    expect(currentQuestion(el)).to.equal('citizenship');
  });

  it('restores the answers from the link fragment and keeps them out of every request', async () => {
    const requests: string[] = [];
    const el0 = await real();
    await walkThrough(el0, caseNamed('Tunisian mechatronics').profile, 'de');
    const fragment = location.hash;
    expect(fragment).to.match(/^#quickcheck=citizenship\.TN/);

    const el = await fixture<WelcomeQuickcheck>(
      html`<welcome-quickcheck
        api=${await apiOf()}
        .apiFetch=${(input: RequestInfo | URL, init?: RequestInit) => {
          requests.push(String(input instanceof Request ? input.url : input));
          return fetch(input, init);
        }}
      ></welcome-quickcheck>`,
    );
    await ready(el);
    expect(shownPathways(el)).to.deep.equal(['experience-based']);
    expect(requests.length).to.equal(1);
    expect(requests[0]).not.to.contain('TN');
    expect(requests[0]).not.to.contain('46000');
  });

  it('starts over, and hands the topic to the booking page', async () => {
    const el = await real({ audience: 'employer', bookingHref: '/beratung.html?from=partner' });
    await walkThrough(el, caseNamed('Indian economist').profile, 'de');
    const link = $<HTMLAnchorElement>(el, 'a.booking')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/beratung.html');
    expect(url.searchParams.get('from')).to.equal('partner');
    expect(url.searchParams.get('topic')).to.equal('employers');
    const restart = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Neu beginnen'))!;
    restart.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('citizenship');
    expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal('');
    expect(location.hash).to.equal('');
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await real({ lang: 'en' });
    const keys = async (...presses: string[]) => {
      for (const press of presses) await sendKeys({ press });
      await el.updateComplete;
    };
    await keys('Tab');
    await sendKeys({ type: 'Serb' });
    await keys('ArrowDown', 'Enter');
    expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal('Serbia');
    await keys('Enter');
    expect(currentQuestion(el)).to.equal('jobOffer');
    await keys('Space', 'Enter'); // "Yes" is first and focused
    expect(currentQuestion(el)).to.equal('annualSalaryEur');
    await sendKeys({ type: '28,000' });
    await keys('Enter');
    expect(currentQuestion(el)).to.equal('qualification');
    await keys('Space', 'Enter'); // no qualification
    expect(currentQuestion(el)).to.equal('itSpecialist');
    await keys('ArrowDown', 'Enter'); // "No"
    expect(currentQuestion(el)).to.equal('germanLevel');
    await keys('Space', 'Enter'); // none
    expect(currentQuestion(el)).to.equal('age');
    await sendKeys({ type: '30' });
    await keys('Enter');
    expect(shownPathways(el)).to.deep.equal(['western-balkans']);
    expect(root(el).activeElement?.id).to.equal('result-heading');
  });

  it('fits a 320 px wide screen at every step', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await real({ lang: 'uk', bookingHref: '/beratung' });
      const fits = async () => {
        await el.updateComplete;
        const section = $(el, '.root')!;
        expect(section.scrollWidth, `no horizontal scrolling at ${currentQuestion(el) ?? 'result'}`).to.be.at.most(
          section.clientWidth + 1,
        );
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
      };
      await walkThrough(el, caseNamed('Nurse with partial recognition').profile, 'uk', fits);
      $<HTMLElement>(el, 'details summary')!.click();
      await fits();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<welcome-quickcheck> when the server fails', () => {
  for (const [scenario, expected] of [
    ['error', 'Beim Server ist etwas schiefgegangen'],
    ['malformed', 'Beim Server ist etwas schiefgegangen'],
    ['offline', 'Keine Verbindung'],
  ] as const) {
    it(`shows a translated error with retry (${scenario}), axe-clean`, async () => {
      const el = await mocked(scenario);
      expect($(el, '[role=alert]')!.textContent).to.contain(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('recovers with retry once the server answers', async () => {
    let fail = true;
    const failing = mockFetch(quickcheckHandlers('error'));
    const working = mockFetch(quickcheckHandlers('ok'));
    const el = await ready(
      await fixture<WelcomeQuickcheck>(
        html`<welcome-quickcheck
          .apiFetch=${(i: RequestInfo | URL, o?: RequestInit) => (fail ? failing(i, o) : working(i, o))}
        ></welcome-quickcheck>`,
      ),
    );
    fail = false;
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitUntil(() => currentQuestion(el) === 'citizenship', 'retry loads the questions');
  });

  it('shows the loading state, translated, axe-clean', async () => {
    const el = await fixture<WelcomeQuickcheck>(
      html`<welcome-quickcheck lang="ar" .apiFetch=${mockFetch(quickcheckHandlers('slow'))}></welcome-quickcheck>`,
    );
    await waitUntil(() => $(el, '[role=status]'), 'loading state');
    await expect(el).to.be.accessible();
  });
});

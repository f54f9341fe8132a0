import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { XSS_CORPUS } from '../../server/test/fixtures/xss-corpus.js';
import '../src/define.js';
import type { WelcomeFaqSearch } from '../src/faq-search.js';
import { reportableQuery } from '../src/zero-result-report.js';

declare global {
  interface Window {
    __xss?: string;
  }
}

const fixtureServer = executeServerCommand<{ url: string }, undefined>('xss-backend');
const realServer = executeServerCommand<{ url: string }, undefined>('backend');

/**
 * The name a screen reader announces for a button with plain content (accname 1.2, "name from
 * content"): CSS generated content before and after each element, and the text of everything
 * not hidden with aria-hidden. (The test runner has no accessibility-snapshot plugin configured.)
 */
function nameFromContent(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  const generated = (pseudo: '::before' | '::after') => {
    const content = getComputedStyle(node, pseudo).content;
    // `content: "+" / ""` gives the sign no text alternative; plain `"+"` is read out.
    const quoted = /^"(.*)"$/.exec(content);
    return quoted ? quoted[1]! : '';
  };
  return generated('::before') + [...node.childNodes].map(nameFromContent).join('') + generated('::after');
}

const root = (el: WelcomeFaqSearch) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WelcomeFaqSearch, selector: string) =>
  root(el).querySelector<T>(selector);
const ids = (el: WelcomeFaqSearch) =>
  [...root(el).querySelectorAll('[data-entry]')].map((e) => e.getAttribute('data-entry'));

async function faq(options: { lang?: string; bookingHref?: string; api?: string } = {}) {
  const api = options.api ?? `${(await fixtureServer).url}/api`;
  const el = await fixture<WelcomeFaqSearch>(
    html`<welcome-faq-search
      api=${api}
      lang=${options.lang ?? 'de'}
      booking-href=${options.bookingHref ?? ''}
    ></welcome-faq-search>`,
  );
  await waitUntil(() => $(el, '#faq-input, [role=alert]'), 'FAQ loaded', { timeout: 5000 });
  return el;
}

async function type(el: WelcomeFaqSearch, text: string) {
  $<HTMLInputElement>(el, '#faq-input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<welcome-faq-search>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('never runs script from FAQ content, even when opened and rendered in the page', async () => {
    window.__xss = undefined;
    const el = await faq();
    $<HTMLButtonElement>(el, '#q-attacks')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answer = $(el, '#a-attacks .answer-body')!;
    expect(window.__xss, 'no payload ran').to.equal(undefined);
    expect(answer.querySelector('script, svg, iframe, object, img, form, input, base, math, details, style')).to.equal(
      null,
    );
    for (const element of answer.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        expect(attribute, `on ${element.tagName}`).to.be.oneOf(['href', 'rel']);
    }
    for (const link of answer.querySelectorAll('a'))
      expect(link.getAttribute('href') ?? '').to.match(/^(https?:|mailto:|tel:)/);
    expect(XSS_CORPUS.length).to.be.greaterThan(10);
  });

  it('keeps a compromised server’s HTML out of the page too', async () => {
    window.__xss = undefined;
    const hostile = XSS_CORPUS.join('');
    const fetcher: typeof fetch = async () =>
      new Response(
        JSON.stringify({
          language: 'de',
          categories: [{ id: 'x', title: 'X' }],
          synonyms: [],
          entries: [
            {
              id: 'evil',
              category: 'x',
              question: 'Evil?',
              answerHtml: hostile,
              answerText: 'evil',
              related: [],
              updated: '2026-11-20',
              language: 'de',
              fallback: false,
            },
          ],
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const el = await fixture<WelcomeFaqSearch>(
      html`<welcome-faq-search api="/compromised" .apiFetch=${fetcher}></welcome-faq-search>`,
    );
    await waitUntil(() => $(el, '#q-evil'));
    $<HTMLButtonElement>(el, '#q-evil')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__xss).to.equal(undefined);
    expect(
      $(el, '#a-evil .answer-body')!.querySelector('script, svg, iframe, img, [onerror], [onload], [style]'),
    ).to.equal(null);
  });

  it('finds answers as the person types, typos and other spellings included, with highlights', async () => {
    const el = await faq();
    await type(el, 'blue card');
    expect(ids(el)[0]).to.equal('blue-card-salary');
    expect($(el, '#q-blue-card-salary mark')!.textContent).to.equal('Blaue');
    $<HTMLInputElement>(el, '#faq-input')!.value = '';
    await type(el, 'Wohnugn');
    expect(ids(el)[0]).to.equal('registration');
  });

  it('follows the WAI-ARIA combobox: arrows, Enter opens, Escape closes and clears', async () => {
    const el = await faq();
    await type(el, 'anmelden');
    const input = $<HTMLInputElement>(el, '#faq-input')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('s-registration');
    const opened = oneEvent(el, 'welcome-faq-open');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as CustomEvent).detail).to.deep.equal({ id: 'registration' });
    await el.updateComplete;
    expect($(el, '#q-registration')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('q-registration');
    expect(location.hash).to.equal('#faq-registration');
    input.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('opens the entry named in the fragment', async () => {
    history.replaceState(null, '', '#faq-blue-card-salary');
    const el = await faq();
    await el.updateComplete;
    expect($(el, '#q-blue-card-salary')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#a-blue-card-salary')!.textContent).to.contain('50.700');
  });

  it('browses all topics ten questions at a time, keeps a linked answer, and shows all on request', async () => {
    const all = (await (await fetch(`${(await realServer).url}/api/v1/faq?lang=de`)).json()) as {
      entries: { id: string }[];
    };
    expect(all.entries.length).to.be.greaterThan(10);
    const linked = all.entries[all.entries.length - 1]!.id;
    history.replaceState(null, '', `#faq-${linked}`);
    const el = await faq({ api: `${(await realServer).url}/api` });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([...all.entries.slice(0, 10).map((e) => e.id), linked]);
    expect($(el, `#q-${linked}`)!.getAttribute('aria-expanded')).to.equal('true');
    const more = $<HTMLButtonElement>(el, '.show-all')!;
    expect(more.textContent!.trim()).to.equal(`Alle ${all.entries.length} Fragen zeigen`);
    await expect(el).to.be.accessible();

    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(all.entries.map((e) => e.id));
    expect(root(el).activeElement?.id, 'focus goes on where the list grew').to.equal(`q-${all.entries[10]!.id}`);
    expect($(el, '.show-all')).to.equal(null);
  });

  it('says when a translation is missing and shows German', async () => {
    const el = await faq({ lang: 'en' });
    $<HTMLButtonElement>(el, '#q-registration')!.click();
    await el.updateComplete;
    expect($(el, '#a-registration .fallback')!.textContent).to.contain('German');
    expect($(el, '#a-registration .answer-body')!.getAttribute('lang')).to.equal('de');
  });

  it('filters by category chips, and offers help when nothing is found', async () => {
    const el = await faq({ bookingHref: '/beratung.html?topic=work-visa' });
    const chip = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((c) =>
      c.textContent!.includes('Ankommen'),
    )!;
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(ids(el)).to.not.include('blue-card-salary');
    await type(el, 'xylophon');
    expect($(el, '.status')!.textContent).to.contain('Keine Antwort gefunden');
    expect($<HTMLAnchorElement>(el, 'a.button-link')!.getAttribute('href')).to.equal('/beratung.html?topic=work-visa');
    await expect(el).to.be.accessible();
  });

  it('counts "was this helpful?" and thanks the person', async () => {
    const el = await faq();
    $<HTMLButtonElement>(el, '#q-registration')!.click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('#a-registration .feedback button')][0]!.click();
    await waitUntil(() => $(el, '#a-registration .feedback [role=status]'), 'thanks');
    expect($(el, '#a-registration .feedback')!.textContent).to.contain('Danke');
  });

  for (const lang of ['de', 'en', 'ar']) {
    it(`is axe-clean while searching and with an answer open (${lang})`, async () => {
      const el = await faq({ lang });
      await expect(el).to.be.accessible();
      await type(el, 'Blaue');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '#q-blue-card-salary')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      if (lang === 'ar') expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    });
  }

  it('keeps the +/− sign out of every question’s accessible name, open or closed', async () => {
    const el = await faq();
    $<HTMLButtonElement>(el, '#q-registration')!.click();
    await el.updateComplete;
    const name = (id: string) =>
      nameFromContent($(el, `#q-${id}`)!)
        .replace(/\s+/g, ' ')
        .trim();
    expect(name('registration'), 'open').to.equal('Wann muss ich meine Wohnung anmelden?');
    expect(name('blue-card-salary'), 'closed').to.equal('Wie hoch muss das Gehalt für die Blaue Karte EU sein?');
    // And as Chromium's accessibility tree names the buttons for screen readers.
    const tree = JSON.stringify(await a11ySnapshot({}));
    expect(tree).to.contain('"name":"Wann muss ich meine Wohnung anmelden?"');
    expect(tree).not.to.match(/"name":"[+−]/);
    // The sign is still shown.
    expect($(el, '#q-registration')!.innerText.trim().startsWith('−')).to.equal(true);
  });

  for (const lang of ['de', 'ar']) {
    it(`starts wrapped questions under the text, not under the sign, at 320 px (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await faq({ lang, api: `${(await realServer).url}/api` });
        const button = [...root(el).querySelectorAll<HTMLButtonElement>('.question')].find(
          (b) => b.getBoundingClientRect().height > 60,
        );
        if (!button) throw new Error('no question wraps at 320 px');
        // The question's own text: every text node not hidden from assistive technology.
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.textContent!.trim() && !node.parentElement!.closest('[aria-hidden="true"]'))
            texts.push(node as Text);
        const range = document.createRange();
        range.setStart(texts[0]!, 0);
        range.setEnd(texts.at(-1)!, texts.at(-1)!.length);
        const lines = [...range.getClientRects()];
        const rtl = lang === 'ar';
        const box = button.getBoundingClientRect();
        // One start per line (a line may hold several text boxes): the inline-start-most.
        const byLine = new Map<number, number>();
        for (const r of lines) {
          const top = Math.round(r.top);
          const edge = rtl ? r.right : r.left;
          const known = byLine.get(top);
          byLine.set(top, known === undefined ? edge : rtl ? Math.max(known, edge) : Math.min(known, edge));
        }
        expect(byLine.size, 'the question wraps').to.be.greaterThan(1);
        const starts = [...byLine.values()].map(Math.round);
        expect(new Set(starts).size, `every line starts at one edge: ${starts.join(', ')}`).to.equal(1);
        const indent = rtl ? box.right - starts[0]! : starts[0]! - box.left;
        expect(indent, 'the text stands beside the sign, in its own column').to.be.at.least(12);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('at 320 px in Arabic offers the topics as one labelled select, with the first question on the first screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await faq({ lang: 'ar', api: `${(await realServer).url}/api` });
      const select = $<HTMLSelectElement>(el, '#faq-topic')!;
      expect(getComputedStyle($(el, '.chips')!).display).to.equal('none');
      expect(select.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(select.labels![0]!.textContent!.trim()).to.not.equal('');
      const first = $(el, '.results .question')!;
      expect(first.getBoundingClientRect().bottom, 'first question within the first screen').to.be.at.most(640);
      await expect(el).to.be.accessible();

      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select.value, 'the keyboard chooses a topic').to.not.equal('');
      const category = select.value;
      const all = (await (await fetch(`${(await realServer).url}/api/v1/faq?lang=ar`)).json()) as {
        entries: { id: string; category: string }[];
      };
      expect(ids(el)).to.deep.equal(all.entries.filter((e) => e.category === category).map((e) => e.id));
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says counts with the language’s plural forms', async () => {
    const el = await faq();
    await type(el, 'Bürgeramt');
    expect(ids(el)).to.deep.equal(['registration']);
    expect($(el, '.status')!.textContent!.trim()).to.equal('1 Antwort gefunden.');
    const ru = await faq({ lang: 'ru', api: `${(await realServer).url}/api` });
    const count = root(ru).querySelectorAll('[data-entry]').length;
    expect(count).to.equal(10);
    const all = (await (await fetch(`${(await realServer).url}/api/v1/faq?lang=ru`)).json()) as { entries: unknown[] };
    const n = all.entries.length;
    const form = new Intl.PluralRules('ru').select(n);
    const word = { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' }[form as 'one'];
    expect($(ru, '.show-all')!.textContent!.trim()).to.contain(`${n} ${word}`);
  });

  it('follows a language change during loading and never shows the earlier language', async () => {
    const api = `${(await realServer).url}/api`;
    // The German answer is the slowest: it arrives after the person switched to Arabic.
    const delayed = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      const wait = url.includes('lang=de') ? 400 : url.includes('lang=en') ? 200 : 20;
      return new Promise<Response>((resolve, reject) =>
        setTimeout(() => fetch(input, init).then(resolve, reject), wait),
      );
    }) as typeof fetch;
    const el = await fixture<WelcomeFaqSearch>(
      html`<welcome-faq-search api=${api} lang="de" .apiFetch=${delayed}></welcome-faq-search>`,
    );
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'ar';
    // Every question ever shown, sampled while the answers arrive.
    const seen = new Set<string>();
    const watcher = setInterval(() => {
      const question = root(el).querySelector('[data-entry] button')?.textContent;
      if (question) seen.add(/[\u0600-\u06ff]/.test(question) ? 'ar' : 'not Arabic');
    }, 5);
    try {
      await waitUntil(() => $(el, '#faq-input'), 'FAQ loaded', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 600));
    } finally {
      clearInterval(watcher);
    }
    expect([...seen]).to.deep.equal(['ar']);
    const question = $(el, '[data-entry] button')!.textContent!;
    expect(question, 'the questions are Arabic').to.match(/[\u0600-\u06ff]/);
  });

  describe('an outdated translation and searches that found nothing', () => {
    const entry = (language: string, id: string, question: string, answer: string, outdated = false) => ({
      id,
      category: 'work',
      question,
      answerHtml: `<p>${answer}</p>`,
      answerText: answer,
      related: [],
      updated: '2026-12-01',
      language,
      fallback: false,
      outdated,
    });
    const answers: Record<string, unknown> = {
      de: {
        language: 'de',
        categories: [{ id: 'work', title: 'Arbeit' }],
        synonyms: [],
        entries: [entry('de', 'salary', 'Wie hoch ist das Gehalt?', 'Neu: 50.700 Euro im Jahr.')],
      },
      en: {
        language: 'en',
        categories: [{ id: 'work', title: 'Work' }],
        synonyms: [],
        entries: [
          entry('en', 'salary', 'How high is the salary?', 'Old: 48,300 euros a year.', true),
          entry('en', 'visa', 'Which visa do I need?', 'It depends on your work.'),
        ],
      },
    };
    let stub = 0;

    /** A backend in memory: the FAQ per language, and every zero-result report it was sent. */
    function backend(options: { failReports?: boolean } = {}) {
      const reports: unknown[] = [];
      const requests: string[] = [];
      const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = input instanceof Request ? input : new Request(input, init);
        const url = new URL(request.url);
        requests.push(`${request.method} ${url.pathname}${url.search}`);
        if (request.method === 'POST' && url.pathname.endsWith('/v1/faq/zero-results')) {
          reports.push(await request.json());
          return new Response(options.failReports ? '{}' : null, { status: options.failReports ? 503 : 204 });
        }
        const body = answers[url.searchParams.get('lang') ?? 'de'];
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
      // Each test its own base URL: the widget shares one load per backend and language.
      return { api: `/stub-${++stub}/api`, fetcher, reports, requests };
    }

    async function stubbed(lang: string, fetcher: typeof fetch, api: string) {
      const el = await fixture<WelcomeFaqSearch>(
        html`<welcome-faq-search api=${api} lang=${lang} .apiFetch=${fetcher}></welcome-faq-search>`,
      );
      await waitUntil(() => $(el, '#faq-input'), 'FAQ loaded', { timeout: 5000 });
      return el;
    }

    const settle = () => new Promise((resolve) => setTimeout(resolve, 1900));

    it('says beside an outdated translation that the German text changed since, and shows the German text', async () => {
      const { api, fetcher, requests } = backend();
      const el = await stubbed('en', fetcher, api);
      $<HTMLButtonElement>(el, '#q-visa')!.click();
      await el.updateComplete;
      expect($(el, '#a-visa .outdated'), 'a current translation has no notice').to.equal(null);
      $<HTMLButtonElement>(el, '#q-salary')!.click();
      await el.updateComplete;
      const notice = $(el, '#a-salary .outdated')!;
      expect(notice.textContent).to.contain(
        'This translation may be out of date: the German version was changed more recently.',
      );
      expect(
        requests.filter((r) => r.includes('lang=de')),
        'German is loaded only when asked for',
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();

      const show = notice.querySelector<HTMLButtonElement>('button')!;
      expect(show.textContent!.trim()).to.equal('Show the German version');
      show.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#de-salary .answer-body'), 'the German text');
      expect(show.getAttribute('aria-expanded')).to.equal('true');
      const german = $(el, '#de-salary .answer-body')!;
      expect(german.textContent).to.contain('Neu: 50.700 Euro im Jahr.');
      expect(german.getAttribute('lang')).to.equal('de');
      expect($(el, '#a-salary > .answer-body')!.textContent, 'the translation stays').to.contain('Old: 48,300');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(show.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#de-salary')!.hidden).to.equal(true);
    });

    it('in Arabic, the notice is translated and the German text reads left to right', async () => {
      const { api, fetcher } = backend();
      answers.ar = { ...(answers.en as object), language: 'ar' };
      const el = await stubbed('ar', fetcher, api);
      $<HTMLButtonElement>(el, '#q-salary')!.click();
      await el.updateComplete;
      expect($(el, '#a-salary .outdated p')!.textContent).to.contain('قد لا تكون هذه الترجمة محدَّثة');
      $<HTMLButtonElement>(el, '#a-salary .outdated button')!.click();
      await waitUntil(() => $(el, '#de-salary .answer-body'), 'the German text');
      expect($(el, '#de-salary .answer-body')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('reports a search that found nothing once, after the person stopped typing, and nothing else', async function () {
      // Seven pauses of 1.9 s are 13.3 s of waiting by design: the runner's 15 s left too little
      // for the typing on a loaded machine.
      this.timeout(30_000);
      const { api, fetcher, reports } = backend();
      const el = await stubbed('en', fetcher, api);
      await type(el, 'Xylophone  Lessons');
      expect(reports, 'nothing while typing').to.deep.equal([]);
      await settle();
      expect(reports).to.deep.equal([{ query: 'xylophone lessons', language: 'en' }]);

      // Found something: not reported. The same text again: counted once per visit.
      const input = $<HTMLInputElement>(el, '#faq-input')!;
      for (const query of ['salary', 'xylophone lessons', 'xy', 'call me at +49 170 1234567', 'me@example.org']) {
        input.value = '';
        await type(el, query);
        await settle();
      }
      const long = 'why '.repeat(21);
      input.value = '';
      await type(el, long);
      await settle();
      expect(reports, 'no text with results, none twice, none too short, long or personal').to.deep.equal([
        { query: 'xylophone lessons', language: 'en' },
      ]);
    });

    it('counts the normalised text, never an address, a number or a sentence', () => {
      expect(reportableQuery('  Ｂlue\tCARD ')).to.equal('blue card');
      expect(reportableQuery('ab')).to.equal(undefined);
      expect(reportableQuery('mail me: a.b@example.org')).to.equal(undefined);
      expect(reportableQuery('call +49 (170) 123-4567')).to.equal(undefined);
      expect(reportableQuery('case 2026/12345')).to.equal(undefined);
      expect(reportableQuery('visa 2026')).to.equal('visa 2026');
      expect(reportableQuery('x'.repeat(80))).to.equal('x'.repeat(80));
      expect(reportableQuery('x'.repeat(81))).to.equal(undefined);
    });

    it('drops the report when the person goes on to find something, and keeps quiet when reporting fails', async () => {
      const { api, fetcher, reports } = backend({ failReports: true });
      const el = await stubbed('en', fetcher, api);
      await type(el, 'visx');
      await el.updateComplete;
      await type(el, 'zzz');
      await settle();
      expect(reports).to.deep.equal([{ query: 'visxzzz', language: 'en' }]);
      const input = $<HTMLInputElement>(el, '#faq-input')!;
      input.value = '';
      await type(el, 'nothing here');
      input.value = '';
      await type(el, 'visa');
      await settle();
      expect(reports, 'the empty search was replaced before the pause').to.have.length(1);
      expect($(el, '[role=alert]'), 'a failed report is not the person’s problem').to.equal(null);
      expect(ids(el)).to.deep.equal(['visa']);
    });
  });

  it('fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await faq({ lang: 'ru' });
      $<HTMLButtonElement>(el, '#q-attacks')!.click();
      await el.updateComplete;
      const section = $(el, '.root')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

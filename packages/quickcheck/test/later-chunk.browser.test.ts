import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { encodeAnswers, decodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import { laterChunkSource, type LaterChunk } from '../src/later/later-chunk-source.js';
import type { WelcomeQuickcheck } from '../src/quickcheck.js';
import {
  $,
  answer,
  apiOf,
  caseNamed,
  clearFragment,
  currentQuestion,
  focused,
  real,
  shownPathways,
  text,
} from './support/quickcheck-harness.js';

/** What the browser throws when a chunk cannot be fetched (a lost connection, a deploy that removed it). */
const lostConnection = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const realLoad = laterChunkSource.load;

/** The later chunk, held back until the test lets it through. */
function heldBack() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  laterChunkSource.load = async (): Promise<LaterChunk> => {
    requests++;
    await gate;
    return realLoad();
  };
  return { release, requests: () => requests };
}

/** Fails while `failing` says so, then loads. */
function failingWhile(failing: () => boolean) {
  laterChunkSource.load = () => (failing() ? lostConnection() : realLoad());
}

async function sharedLink(profile: Answers): Promise<WelcomeQuickcheck> {
  history.replaceState(null, '', `#${encodeAnswers(profile)}`);
  return fixture<WelcomeQuickcheck>(html`<welcome-quickcheck api=${await apiOf()} lang="de"></welcome-quickcheck>`);
}

/** The answers as the link carries them (a profile has more than the answers: year, audience). */
const inLink = (profile: Answers) => decodeAnswers(`#${encodeAnswers(profile)}`);

const loading = (el: WelcomeQuickcheck) => $(el, 'p.notice[role=status]');
const alert = (el: WelcomeQuickcheck) => $(el, '[role=alert]');

describe('<welcome-quickcheck> with the result and later questions in a chunk loaded on demand', () => {
  afterEach(() => {
    laterChunkSource.load = realLoad;
    clearFragment();
  });

  it('shows the result of a shared link once the chunk arrives late, focused, and announces it then', async () => {
    const { profile, expect: expected } = await caseNamed('Indian economist');
    const chunk = heldBack();
    const el = await sharedLink(profile as Answers);
    const announced: string[][] = [];
    el.addEventListener('welcome-quickcheck-complete', (event) =>
      announced.push((event as CustomEvent<{ pathways: string[] }>).detail.pathways),
    );
    await waitUntil(() => chunk.requests() > 0 && loading(el), 'the loading notice while the chunk is on its way');
    expect($(el, '.result'), 'no result without its chunk').to.equal(null);
    expect(announced).to.deep.equal([]);
    expect(decodeAnswers(location.hash), 'the answers stay in the link meanwhile').to.deep.equal(
      inLink(profile as Answers),
    );

    chunk.release();
    await waitUntil(() => $(el, '.result'), 'the result once the chunk is there');
    expect(shownPathways(el).sort()).to.deep.equal([...expected.pathways].sort());
    expect(getComputedStyle($(el, '.pathways')!).display, 'the result’s styles came with it').to.equal('grid');
    expect(announced.map((ids) => [...ids].sort())).to.deep.equal([[...expected.pathways].sort()]);
    await waitUntil(() => focused(el)?.id === 'result-heading', 'the result heading gets focus');
  });

  it('shows the second question once the chunk arrives, focused, when the first was answered before it', async () => {
    const chunk = heldBack();
    const el = await real();
    expect(currentQuestion(el), 'the first question needs no chunk').to.equal('citizenship');
    // Answer as a person does; the harness would wait for the next question, which cannot come yet.
    const input = $<HTMLInputElement>(el, '#q-input')!;
    input.value = 'Indien';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLElement>(el, '#country-IN')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal(undefined);
    expect(loading(el)).to.not.equal(null);

    chunk.release();
    await waitUntil(() => currentQuestion(el) === 'jobOffer', 'the second question once its texts are there');
    expect(text(el)).to.contain('Haben Sie ein Jobangebot aus Deutschland?');
    expect(getComputedStyle($(el, '.options')!).display, 'the options’ styles came with them').to.equal('grid');
    await waitUntil(() => focused(el)?.id === 'o-true', 'focus on the second question');
  });

  it('a failed load of the result gives the error with retry, keeps the answers, and retry shows the result', async () => {
    const { profile, expect: expected } = await caseNamed('Indian economist');
    let failing = true;
    failingWhile(() => failing);
    const el = await sharedLink(profile as Answers);
    await waitUntil(() => alert(el), 'the error notice');
    expect(alert(el)!.textContent).to.contain('Keine Verbindung zum Server');
    expect(alert(el)!.textContent).to.contain('Ihre Angaben bleiben erhalten.');
    expect(decodeAnswers(location.hash), 'the answers stay in the link').to.deep.equal(inLink(profile as Answers));
    await waitUntil(() => focused(el)?.classList.contains('retry'), '"Try again" gets focus');
    await expect(el).to.be.accessible();

    failing = false;
    $<HTMLButtonElement>(el, '[role=alert] button.retry')!.click();
    await waitUntil(() => $(el, '.result'), 'the result after "Try again"');
    expect(alert(el)).to.equal(null);
    expect(shownPathways(el).sort()).to.deep.equal([...expected.pathways].sort());
    await waitUntil(() => focused(el)?.id === 'result-heading', 'the result heading gets focus');
  });

  it('a failed load after the first question gives the error with retry; the answer stays', async () => {
    let failing = true;
    failingWhile(() => failing);
    const el = await real();
    await answer(el, { citizenship: 'VN' }, 'de');
    await waitUntil(() => alert(el), 'the error notice instead of the second question');
    expect(alert(el)!.textContent).to.contain('Keine Verbindung zum Server');
    await waitUntil(() => focused(el)?.classList.contains('retry'), '"Try again" gets focus');
    await expect(el).to.be.accessible();

    failing = false;
    $<HTMLButtonElement>(el, '[role=alert] button.retry')!.click();
    await waitUntil(() => currentQuestion(el) === 'jobOffer', 'the second question after "Try again"');
    await waitUntil(() => focused(el)?.id === 'o-true', 'focus on the second question');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q-input')!.value, 'the country chosen before the failure').to.equal('Vietnam');
  });
});

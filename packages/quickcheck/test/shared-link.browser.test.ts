import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { WelcomeQuickcheck } from '../src/quickcheck.js';
import { encodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import { $, apiOf, caseNamed, clearFragment, focused, ready } from './support/quickcheck-harness.js';

describe('<welcome-quickcheck> opened from a shared result link', () => {
  afterEach(async () => {
    clearFragment();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('on a phone, scrolls to the result 2,000 px down and focuses its heading', async () => {
    await setViewport({ width: 360, height: 640 });
    const profile = (await caseNamed('Indian economist')).profile as Answers;
    history.replaceState(null, '', `#${encodeAnswers(profile)}`);
    const page = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 2000px">Partner page content</div>
        <welcome-quickcheck api=${await apiOf()} lang="de"></welcome-quickcheck>
      </div>`,
    );
    const el = await ready(page.querySelector<WelcomeQuickcheck>('welcome-quickcheck')!);
    await waitUntil(() => focused(el)?.id === 'result-heading', 'the result heading gets focus');
    const top = $(el, '#result-heading')!.getBoundingClientRect().top;
    expect(top, 'the heading is in view').to.be.within(0, innerHeight - 20);
    expect(scrollY).to.be.above(1500);
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, caseNamed, clearFragment, real, text, walkThrough } from './support/quickcheck-harness.js';

describe('<welcome-quickcheck> country choice', () => {
  afterEach(clearFragment);

  it('marks the highlighted option aria-selected=true, as the APG combobox does', async () => {
    const el = await real({ lang: 'en' });
    $<HTMLInputElement>(el, '#q-input')!.focus();
    await sendKeys({ type: 'Ser' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#q-input')!;
    const active = $(el, `#${input.getAttribute('aria-activedescendant')}`)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    expect($$(el, '[role=option][aria-selected=true]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  for (const [typed, expected] of [
    ['USA', 'Vereinigte Staaten'],
    ['Großbritannien', 'Vereinigtes Königreich'],
    ['UK', 'Vereinigtes Königreich'],
  ]) {
    it(`finds "${typed}" by the name people type`, async () => {
      const el = await real();
      $<HTMLInputElement>(el, '#q-input')!.focus();
      await sendKeys({ type: typed! });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal(expected);
    });
  }

  it('counts the matches with the language’s plural rules', async () => {
    const el = await real();
    $<HTMLInputElement>(el, '#q-input')!.focus();
    await sendKeys({ type: 'Deutschl' });
    await el.updateComplete;
    expect($(el, '.combobox [role=status]')!.textContent!.trim()).to.equal('1 Land gefunden.');
  });

  it('names the nationality without needing a case or an article', async () => {
    const el = await real();
    await walkThrough(el, (await caseNamed('US citizen')).profile, 'de');
    expect(text(el)).to.contain('Staatsangehörigkeit: Vereinigte Staaten.');
    expect(text(el)).not.to.contain('Staatsangehörige von');
  });
});

import { expect } from '@open-wc/testing';
import { $, caseNamed, clearFragment, real, text, walkThrough } from './support/quickcheck-harness.js';

/** An element's text with whitespace (and the no-break spaces of currency formats) as plain spaces. */
const plain = (element: Element) => element.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('<welcome-quickcheck> result details', () => {
  afterEach(clearFragment);

  it('writes amounts with their cents: 45.934,20 €, never 45.934,2 €', async () => {
    const el = await real();
    await walkThrough(el, (await caseNamed('Software developer')).profile, 'de');
    expect(text(el)).to.contain('45.934,20 €');
    expect(text(el)).not.to.match(/45\.934,2 €/);
    expect(text(el), 'whole figures stay whole').to.contain('1.091 €');
  });

  it('tells an Indian graduate offered 50,000 € how far the Blue Card is', async () => {
    const economist = (await caseNamed('Indian economist')).profile;
    const el = await real();
    await walkThrough(
      el,
      { ...economist, annualSalaryEur: 50_000, degreeYearsAgo: 5, shortageOccupation: false },
      'de',
    );
    const miss = $(el, '[data-near-miss="blue-card"]');
    expect(miss, 'the Blue Card is listed as missed narrowly').to.not.equal(null);
    expect(plain(miss!)).to.contain('Blaue Karte EU: Gehalt 700 € unter der Grenze von 50.700 € für 2026.');
    expect(plain(miss!), 'the lower line for shortage occupations is named').to.contain('45.934,20 €');
    await expect(el).to.be.accessible();
  });

  it('in English too, in the locale’s currency format', async () => {
    const economist = (await caseNamed('Indian economist')).profile;
    const el = await real({ lang: 'en' });
    await walkThrough(
      el,
      { ...economist, annualSalaryEur: 50_000, degreeYearsAgo: 5, shortageOccupation: false },
      'en',
    );
    const miss = plain($(el, '[data-near-miss="blue-card"]')!);
    expect(miss).to.contain('€700');
    expect(miss).to.contain('€50,700');
    expect(miss).to.contain('2026');
  });

  it('never shows enough opportunity-card points without saying why the card is missing', async () => {
    const el = await real();
    await walkThrough(el, (await caseNamed('Vietnamese nurse')).profile, 'de'); // 7 points, job offer
    expect(text(el)).to.contain('Punkte für die Chancenkarte: 7 (nötig: 6)');
    expect(text(el)).to.contain('Die Chancenkarte passt noch nicht. Dafür fehlt:');
    expect(plain($(el, '.card-missing-list')!)).to.contain('1.091 €');
    await expect(el).to.be.accessible();
  });

  it('shows the card, and no list of gaps, when the points and the rest are there', async () => {
    const el = await real();
    await walkThrough(el, (await caseNamed('Nurse with partial recognition')).profile, 'de');
    expect(text(el)).to.contain('Chancenkarte');
    expect($(el, '[data-pathway="opportunity-card"]')).to.not.equal(null);
    expect($(el, '.card-missing-list')).to.equal(null);
  });

  it('hands the widget’s language to the booking page', async () => {
    const el = await real({ lang: 'en', bookingHref: '/beratung.html?from=partner' });
    await walkThrough(el, (await caseNamed('Indian economist')).profile, 'en');
    const url = new URL($<HTMLAnchorElement>(el, 'a.booking')!.href);
    expect(url.searchParams.get('lang')).to.equal('en');
    expect(url.searchParams.get('topic')).to.equal('work-visa');
    expect(url.searchParams.get('from')).to.equal('partner');
  });
});

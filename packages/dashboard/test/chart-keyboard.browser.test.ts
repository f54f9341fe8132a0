import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { WelcomeDashboardTile } from '../src/dashboard-tile.js';
import { $, $$, defaultDashboard, tile } from './support/tiles.js';

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const tabbable = (el: WelcomeDashboardTile) =>
  $$(el, '.svg-chart [tabindex]').filter((p) => p.getAttribute('tabindex') === '0');

async function press(el: WelcomeDashboardTile, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const focusedLabel = () => deepActive()?.getAttribute('aria-label') ?? '';

describe('chart points with the keyboard', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('are one Tab stop per chart on the figures page', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { tiles } = await defaultDashboard('de');
    for (const t of tiles.filter((t) => $(t, '.svg-chart')))
      expect(tabbable(t).length, `${t.getAttribute('metric')} ${t.getAttribute('variant')}`).to.equal(1);
  });

  it('Tab enters the chart once and leaves it for the tile’s buttons', async () => {
    const wrapper = await fixture(html`<div><button id="before">before</button></div>`);
    const el = await tile('foreign-residents', 'line');
    wrapper.append(el);
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    expect(deepActive()?.closest('svg'), 'focus on a point of the chart').to.not.equal(null);
    await press(el, 'Tab');
    expect(deepActive()?.localName).to.equal('button');
  });

  it('moves along the series with the arrow keys, Home and End, and names value and date', async () => {
    const el = await tile('foreign-residents', 'line');
    tabbable(el)[0]!.focus();
    await el.updateComplete;
    expect(focusedLabel(), 'starts on the latest figure').to.contain('März 2025');
    expect(focusedLabel()).to.contain('18.471');
    await press(el, 'ArrowLeft');
    expect(focusedLabel()).to.contain('Dezember 2024');
    expect(focusedLabel()).to.contain('18.565');
    await press(el, 'ArrowRight');
    expect(focusedLabel()).to.contain('März 2025');
    await press(el, 'ArrowRight');
    expect(focusedLabel(), 'stops at the end').to.contain('März 2025');
    await press(el, 'Home');
    expect(focusedLabel()).to.contain('Dezember 2015');
    expect(focusedLabel()).to.contain('8.332');
    await press(el, 'End');
    expect(focusedLabel()).to.contain('März 2025');
    expect(tabbable(el).length, 'still one Tab stop').to.equal(1);
    expect(tabbable(el)[0]).to.equal(deepActive());

    // What a screen reader announces on focus: an image named with date, value and unit.
    expect(deepActive()!.getAttribute('role')).to.equal('img');
    expect(focusedLabel()).to.equal('Stand März 2025: 18.471 Personen');
    // The chart around it: a group named by the summary, described by the keys to use.
    const group = deepActive()!.closest('svg')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect($(el, `#${group.getAttribute('aria-labelledby')}`)!.textContent).to.contain('gestiegen');
    expect($(el, `#${group.getAttribute('aria-describedby')}`)!.textContent).to.contain('Pfeiltasten');
    await expect(el).to.be.accessible();
  });

  it('moves between series with up and down', async () => {
    const el = await tile('top-nationalities', 'line');
    tabbable(el)[0]!.focus();
    await el.updateComplete;
    const series = $$(el, '.legend li').map((li) => li.textContent!.trim());
    expect(focusedLabel()).to.contain(series[0]!);
    await press(el, 'ArrowDown');
    expect(focusedLabel()).to.contain(series[1]!);
    expect(focusedLabel()).to.contain('März 2025');
    await press(el, 'ArrowUp');
    expect(focusedLabel()).to.contain(series[0]!);
  });

  it('mirrors the arrows in Arabic: left goes forward in time', async () => {
    const el = await tile('foreign-residents', 'line', 'ar');
    tabbable(el)[0]!.focus();
    await el.updateComplete;
    const latest = focusedLabel();
    await press(el, 'ArrowRight');
    const earlier = focusedLabel();
    expect(earlier).to.not.equal(latest);
    await press(el, 'ArrowLeft');
    expect(focusedLabel()).to.equal(latest);
    const [a, b] = [$$(el, '.point').find((p) => p.getAttribute('aria-label') === earlier)!, deepActive()!];
    expect(b.getBoundingClientRect().left, 'later points stand left').to.be.lessThan(a.getBoundingClientRect().left);
  });

  it('reaches the columns of a stacked chart too, up and down through the stack', async () => {
    const el = await tile('residents-by-group', 'stacked');
    expect(tabbable(el).length).to.equal(1);
    tabbable(el)[0]!.focus();
    await el.updateComplete;
    const first = deepActive()!.getBoundingClientRect();
    await press(el, 'ArrowUp');
    expect(deepActive()!.getBoundingClientRect().bottom, 'the segment above').to.be.at.most(first.top + 1);
    await press(el, 'ArrowLeft');
    expect(deepActive()!.getBoundingClientRect().right).to.be.lessThan(first.left);
    await expect(el).to.be.accessible();
  });

  it('rings the focused point and puts the tooltip at it, not over the summary', async () => {
    const el = await tile('foreign-residents', 'line');
    tabbable(el)[0]!.focus();
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    const point = deepActive()!.getBoundingClientRect();
    const ring = $(el, '.focus-ring')!.getBoundingClientRect();
    expect(ring.width, 'ring wider than the point').to.be.at.least(point.width + 4);
    expect(Math.abs(ring.left + ring.width / 2 - (point.left + point.width / 2))).to.be.below(1);
    expect(Math.abs(ring.top + ring.height / 2 - (point.top + point.height / 2))).to.be.below(1);
    expect(getComputedStyle($(el, '.focus-ring')!).strokeWidth).to.match(/^[2-9]/);

    const tooltip = $(el, '.tooltip')!;
    await waitUntil(() => !tooltip.hidden && tooltip.textContent!.includes('18.'), 'tooltip shown');
    await new Promise((r) => requestAnimationFrame(r));
    const box = tooltip.getBoundingClientRect();
    const gap = box.bottom <= point.top ? point.top - box.bottom : box.top - point.bottom;
    expect(gap, 'tooltip right by its point').to.be.within(0, 16);
    expect(box.left).to.be.at.most(point.left + point.width / 2);
    expect(box.right).to.be.at.least(point.left + point.width / 2);
    const summary = $(el, '.summary')!.getBoundingClientRect();
    expect(box.bottom <= summary.top || box.top >= summary.bottom, 'not over the summary').to.equal(true);

    // Tabbing to a chart below the fold scrolls it into view, and the reader scrolls on: the tooltip stays at its point.
    const page = await fixture(
      html`<div>
        <button id="top">top</button>
        <div style="height: 150vh"></div>
      </div>`,
    );
    page.append(el);
    page.querySelector<HTMLButtonElement>('#top')!.focus();
    await press(el, 'Tab');
    await waitUntil(() => !tooltip.hidden, 'tooltip shown again');
    window.scrollBy(0, 40);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const [moved, at] = [tooltip.getBoundingClientRect(), deepActive()!.getBoundingClientRect()];
    expect(at.top - moved.bottom, 'tooltip still right above its point after scrolling').to.be.within(0, 16);

    await press(el, 'Escape');
    expect(tooltip.hidden, 'Escape hides the tooltip').to.equal(true);
    await press(el, 'Tab');
    expect($(el, '.focus-ring'), 'no ring once focus left').to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, defaultDashboard, tile } from './support/tiles.js';

const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('chart axes', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('draw their labels no smaller than the widget’s text (16 px), in a narrow tile too', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { tiles } = await defaultDashboard('de');
    for (const t of tiles.filter((t) => $(t, '.svg-chart'))) {
      const base = px($(t, '.summary')!);
      expect(base).to.be.at.least(16);
      const ticks = $$(t, '.svg-chart text.tick');
      expect(ticks.length).to.be.greaterThan(2);
      // What a reader sees: the rendered height of the glyphs, whatever the SVG's scale.
      for (const tick of ticks) {
        const rendered = tick.getBoundingClientRect().height;
        expect(rendered, `${t.getAttribute('metric')} "${tick.textContent}" rendered`).to.be.at.least(base * 0.95);
      }
    }
  });

  it('labels time at even steps of nice size', async () => {
    for (const width of [300, 640]) {
      const el = await tile('foreign-residents', 'line');
      el.style.width = `${width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      const years = $$(el, '.svg-chart .time-axis text.tick').map((t) => Number(t.textContent));
      expect(years.length, `${width} px: ${years.join(', ')}`).to.be.at.least(2);
      const steps = new Set(years.slice(1).map((y, i) => y - years[i]!));
      expect(steps.size, `even steps at ${width} px: ${years.join(', ')}`).to.equal(1);
      expect([1, 2, 5, 10]).to.include([...steps][0]);
      for (const y of years) expect(y % [...steps][0]!, `${y} is a multiple of the step`).to.equal(0);
      // Labels never overlap.
      const boxes = $$(el, '.svg-chart .time-axis text.tick').map((t) => t.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.greaterThan(boxes[i - 1]!.right);
    }
  });
});

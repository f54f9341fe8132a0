import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialPoint, nextPoint, type PointRef } from '../chart/point-navigation.js';
import type { ShownData } from '../chart/shown-data.js';

interface PointsHost extends ReactiveControllerHost {
  renderRoot: ParentNode;
}

const refOf = (target: EventTarget | null): PointRef | undefined => {
  const element = target instanceof Element ? target.closest('[data-series][data-index]') : null;
  return element
    ? { series: Number(element.getAttribute('data-series')), date: Number(element.getAttribute('data-index')) }
    : undefined;
};

/**
 * Keyboard and pointer behaviour of a chart's points. The chart is one Tab stop (a roving
 * tabindex: focus really moves to the point, so every screen reader announces its name, value
 * and date); arrow keys, Home and End move as in an ARIA grid ({@link nextPoint}); the focused or
 * hovered point's value shows in a tooltip placed at the point, which Escape hides (WCAG 1.4.13).
 * The chart is drawn in CSS pixels, so the tooltip needs no positioning library.
 */
export class ChartPointsController implements ReactiveController {
  /** The chart's one Tab stop. */
  tabStop?: PointRef;
  /** The point that has focus (it gets the focus ring), if any. */
  focused?: PointRef;
  private hovered?: PointRef;
  private dismissed = false;
  private data?: ShownData;
  private moveFocus = false;

  constructor(
    private readonly host: PointsHost,
    private readonly options: () => { rtl: boolean; upIsNextSeries: boolean },
  ) {
    host.addController(this);
  }

  /** Called on every render with the chart's data: a new data set starts at its latest figure again. */
  use(data: ShownData): void {
    if (data === this.data) return;
    this.data = data;
    const values = data.rows.map((r) => r.values);
    const valid = this.tabStop && values[this.tabStop.series]?.[this.tabStop.date] !== undefined;
    if (!valid) this.tabStop = initialPoint(values);
  }

  /** The point whose value the tooltip shows. */
  get shown(): PointRef | undefined {
    return this.dismissed ? undefined : (this.focused ?? this.hovered);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.data || !this.focused) return;
    if (event.key === 'Escape') {
      if (this.dismissed) return;
      this.dismissed = true;
      event.stopPropagation();
      this.host.requestUpdate();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextPoint(
      this.data.rows.map((r) => r.values),
      this.focused,
      event.key,
      this.options(),
    );
    if (!next) return;
    event.preventDefault();
    this.tabStop = next;
    this.moveFocus = true;
    this.host.requestUpdate();
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const ref = refOf(event.target);
    if (!ref) {
      // Chromium makes the chart's <svg> itself focusable (a click on its background, and Tab
      // without tabindex=-1): hand the focus on to the chart's point.
      if (this.tabStop) {
        this.moveFocus = true;
        this.host.requestUpdate();
      }
      return;
    }
    this.tabStop = this.focused = ref;
    this.dismissed = false;
    this.host.requestUpdate();
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    if (refOf(event.relatedTarget)) return;
    this.focused = undefined;
    this.host.requestUpdate();
  };

  readonly onPointerOver = (event: PointerEvent): void => {
    const ref = refOf(event.target);
    if (!ref || (ref.series === this.hovered?.series && ref.date === this.hovered.date)) return;
    this.hovered = ref;
    this.dismissed = false;
    this.host.requestUpdate();
  };

  readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (this.moveFocus && this.tabStop) {
      this.moveFocus = false;
      root
        .querySelector<SVGElement>(`[data-series="${this.tabStop.series}"][data-index="${this.tabStop.date}"]`)
        ?.focus();
    }
    const shown = this.shown;
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const point = shown && root.querySelector(`[data-series="${shown.series}"][data-index="${shown.date}"]`);
    if (tooltip && point) placeTooltip(tooltip, point);
  }
}

/** Gap between the tooltip and its point, in CSS pixels. */
const GAP = 8;

/**
 * Puts the tooltip above its point (below it where the viewport has no room above), inside the
 * chart's width. It is positioned in the chart area, not fixed to the viewport, so it stays at its
 * point when focusing the point scrolls the page or the reader scrolls on (a position fixed once
 * stayed behind: 150 px off, over the summary).
 */
function placeTooltip(tooltip: HTMLElement, point: Element): void {
  const area = tooltip.offsetParent;
  if (!area) return;
  const [p, a] = [point.getBoundingClientRect(), area.getBoundingClientRect()];
  const [width, height] = [tooltip.offsetWidth, tooltip.offsetHeight];
  const centre = p.left + p.width / 2 - a.left;
  const left = Math.min(Math.max(centre - width / 2, 0), Math.max(0, a.width - width));
  const above = p.top - height - GAP >= 0;
  const top = above ? p.top - a.top - height - GAP : p.bottom - a.top + GAP;
  Object.assign(tooltip.style, { left: `${left}px`, top: `${top}px` });
}

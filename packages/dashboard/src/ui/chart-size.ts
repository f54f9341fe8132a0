import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a chart needs to draw at its real size: pixels, not a scaled-down picture. */
export interface ChartSize {
  /** The chart area's width in CSS pixels. */
  width: number;
  /** The widget's text size in CSS pixels: the smallest size labels may have. */
  fontSize: number;
  /** Width of a label in that font, in CSS pixels. */
  measure(text: string): number;
}

let canvas: CanvasRenderingContext2D | null | undefined;

function measurerFor(style: CSSStyleDeclaration): (text: string) => number {
  const fontSize = parseFloat(style.fontSize) || 16;
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  canvas ??= document.createElement('canvas').getContext('2d');
  return (text) => {
    // Without a canvas (never in browsers we support), a generous estimate of the digits' width.
    if (!canvas) return text.length * fontSize * 0.65;
    canvas.font = font;
    return canvas.measureText(text).width;
  };
}

/**
 * Watches the width of the element matching `selector` in the host's shadow root and asks the
 * host to draw again when it changes, so that charts are laid out in real pixels and their labels
 * keep the widget's text size on a phone and in a narrow dashboard column alike.
 */
export class ChartSizeController implements ReactiveController {
  size?: ChartSize;
  private observed?: Element;
  private frame = 0;
  // Later changes (a rotated phone, a resized column) redraw in the next frame: redrawing inside
  // the observer's callback could change the width again and make the browser report a loop.
  private readonly observer = new ResizeObserver(() => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  });

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = element;
    if (!element) return;
    this.observer.observe(element);
    // The first size is read at once, so the chart is drawn at its size before the first paint.
    this.measure();
  }

  hostConnected(): void {
    if (this.observed) this.observer.observe(this.observed);
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  // The host page's web font arrived: labels have new widths, measure them again.
  private readonly onFontsLoaded = () => {
    this.size = undefined;
    this.measure();
  };

  private measure(): void {
    const element = this.observed;
    if (!element?.isConnected) return;
    const width = Math.floor(element.clientWidth);
    const style = getComputedStyle(element);
    const fontSize = parseFloat(style.fontSize) || 16;
    if (width === this.size?.width && fontSize === this.size.fontSize) return;
    this.size = width > 0 ? { width, fontSize, measure: measurerFor(style) } : undefined;
    this.host.requestUpdate();
  }
}

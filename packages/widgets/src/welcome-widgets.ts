import { WIDGETS_VERSION } from '@welcome-widgets/core';
import { widgetLoaders } from './widget-loaders.js';

/**
 * The one-script-tag entry: watches the page for `welcome-*` tags and loads each widget's
 * code the first time its tag appears. Loading this script twice, or two versions, is harmless:
 * the first copy keeps the page, a later one only reports its version.
 */
const REGISTRY = Symbol.for('welcome-widgets.autoloader');
type Global = typeof globalThis & { [REGISTRY]?: { version: string } };

const requested = new Map<string, Promise<void>>();

/** Loads a widget's code by tag, e.g. for tags inside another component's shadow root. */
export function loadWidget(tag: string): Promise<void> {
  const loader = widgetLoaders[tag];
  if (!loader) return Promise.resolve();
  let loading = requested.get(tag);
  if (!loading) {
    loading = loader().then(
      () => undefined,
      (error: unknown) => {
        requested.delete(tag);
        console.warn(`Welcome widgets: could not load <${tag}>`, error);
      },
    );
    requested.set(tag, loading);
  }
  return loading;
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(widgetLoaders)) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void loadWidget(tag);
  }
}

function start(): void {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

const global = globalThis as Global;
const existing = global[REGISTRY];
if (!existing) {
  global[REGISTRY] = { version: WIDGETS_VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
} else if (existing.version !== WIDGETS_VERSION) {
  console.warn(`Welcome widgets ${WIDGETS_VERSION} not started: version ${existing.version} is already on this page.`);
}

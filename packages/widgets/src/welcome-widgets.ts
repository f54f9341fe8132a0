import { WIDGETS_VERSION } from '@welcome-widgets/domain';
import { claimTags } from './page-copies.js';
import { watchForTags } from './tag-watcher.js';
import { widgetLoaders } from './widget-loaders.js';

/**
 * The one-script-tag entry: watches the page for `welcome-*` tags and loads each widget's
 * code the first time its tag appears. Loading this script twice, or two versions, is harmless:
 * each tag is served by the first copy that knows it (page-copies.ts).
 */
const mine = new Set(claimTags(WIDGETS_VERSION, Object.keys(widgetLoaders)));
const requested = new Map<string, Promise<boolean>>();

/**
 * Loads a widget's code by tag, e.g. for tags inside a closed shadow root. A tag another copy on
 * the page serves is left to it.
 */
export function loadWidget(tag: string): Promise<void> {
  return load(tag).then(() => undefined);
}

/** Whether the widget's code is loaded (false: not ours, or the download failed). */
function load(tag: string): Promise<boolean> {
  const loader = widgetLoaders[tag];
  if (!loader || !mine.has(tag)) return Promise.resolve(false);
  let loading = requested.get(tag);
  if (!loading) {
    loading = loader().then(
      () => true,
      (error: unknown) => {
        requested.delete(tag);
        console.warn(`Welcome widgets: could not load <${tag}>`, error);
        return false;
      },
    );
    requested.set(tag, loading);
  }
  return loading;
}

function start(): void {
  watchForTags([...mine], load, new Set(Object.keys(widgetLoaders)));
}

if (mine.size) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A build of the one-script-tag bundle of one's own, as another release would be: stamped with
 * `version` (vite.config.ts's WIDGETS_VERSION override) and, to stand for a release from before
 * a widget existed, without the tags in `withoutTags`.
 */
export async function buildWidgets(
  outDir: string,
  options: { version: string; withoutTags?: readonly string[] },
): Promise<void> {
  const before = process.env.WIDGETS_VERSION;
  process.env.WIDGETS_VERSION = options.version;
  try {
    await build({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
      plugins: [withoutTags(options.withoutTags ?? [])],
    });
  } finally {
    if (before === undefined) delete process.env.WIDGETS_VERSION;
    else process.env.WIDGETS_VERSION = before;
  }
}

/** Leaves the given tags out of the autoloader's list, as a release from before they existed. */
function withoutTags(tags: readonly string[]): Plugin {
  return {
    name: 'widgets-without-tags',
    enforce: 'pre',
    async load(id) {
      if (!tags.length || !id.endsWith('/packages/widgets/src/widget-loaders.ts')) return undefined;
      const lines = (await readFile(id, 'utf8')).split('\n');
      const kept = lines.filter((line) => !tags.some((tag) => line.includes(`'${tag}'`)));
      if (lines.length - kept.length !== tags.length) this.error(`not every one of ${tags.join(', ')} found in ${id}`);
      return kept.join('\n');
    },
  };
}

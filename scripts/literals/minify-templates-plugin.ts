import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';
import { litTemplates, type TaggedTemplate } from './lit-templates.js';
import { minifyCss } from './minify-css.js';
import { minifyHtml } from './minify-html.js';
import { rewrite, transformed } from './source-edits.js';

/** The widget packages' own TypeScript: lit's and other dependencies' templates are theirs. */
export const WIDGET_SOURCE = /\/packages\/[^/]+\/src\/.+\.ts$/;

function minified(template: TaggedTemplate): string[] {
  const pieces = template.parts.map((part) => part.raw);
  return template.kind === 'css' ? minifyCss(pieces) : minifyHtml(pieces);
}

/** `code` with its lit `css`, `html` and `svg` templates minified, or undefined if none changed. */
export function minifyTemplates(fileName: string, code: string): RolldownMagicString | undefined {
  if (!code.includes('lit')) return undefined;
  const s = new RolldownMagicString(code);
  let changed = false;
  for (const template of litTemplates(fileName, code)) {
    const pieces = minified(template);
    template.parts.forEach((part, index) => {
      const piece = pieces[index]!;
      if (piece === part.raw) return;
      rewrite(s, part.start, part.raw, piece);
      changed = true;
    });
  }
  return changed ? s : undefined;
}

/**
 * Minifies the CSS and the markup in the widgets' lit templates at build time (issue 15): the
 * bundler's minifier leaves template literals as written, indentation and comments included.
 * Before TypeScript is stripped, so that the source map points at the sources.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'widgets-minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!WIDGET_SOURCE.test(id) || id.includes('/node_modules/')) return undefined;
      try {
        const s = minifyTemplates(id, code);
        return s ? transformed(s, id) : undefined;
      } catch (error) {
        this.error(`${id}: ${(error as Error).message}`);
      }
    },
  };
}

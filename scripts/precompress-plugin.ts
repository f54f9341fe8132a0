import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What browsers fetch as text; source maps are left out (rarely fetched, and they would double the work). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg)$/;
/** Below this a compressed copy saves less than its header costs (the server's own threshold, compress-large.ts). */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality compresses about 1 MB a second. Widget chunks are far smaller; the two files
 * above this (the 690 kB custom-elements manifest, the 280 kB console bundle) took 1.2 s of it at
 * quality 11 and 0.06 s at quality 9, whose copies are 7 % larger. Neither is on a visitor's path.
 */
const BEST_QUALITY_UP_TO = 128 * 1024;

/**
 * Writes a Brotli (quality 11; 9 for the largest files) and a gzip (level 9) copy beside each
 * built text file, so the server serves the smallest coding from disk (serveStatic's
 * `precompressed`) instead of compressing every request with a fast setting (issue 15: "compression only for pre-compressed files"). The copies
 * are made off the main thread, in parallel.
 */
export function precompressFiles(): Plugin {
  return {
    name: 'precompress-files',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const jobs: Promise<void>[] = [];
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const path = join(dir, fileName);
        // The file as written (with its sourceMappingURL line), not the chunk's code before writing.
        const bytes = await readFile(path);
        if (bytes.byteLength < MIN_BYTES) continue;
        jobs.push(
          brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]:
                bytes.byteLength <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
            },
          }).then((compressed) => writeFile(`${path}.br`, compressed)),
          gzipped(bytes, { level: 9 }).then((compressed) => writeFile(`${path}.gz`, compressed)),
        );
      }
      await Promise.all(jobs);
    },
  };
}

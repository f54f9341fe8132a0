/** A custom-elements manifest: only the parts this module reads and rewrites. */
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

const SOURCE_FILE = /^packages\/([^/]+)\/src\/(.+)\.ts$/;

/**
 * One package's slice of the workspace's manifest (`npm run manifest`), for its npm tarball: the
 * workspace's analysis sees every package, so inherited attributes such as `api` and `lang` are
 * complete, which analysing one package alone would lose. Paths become the package's own
 * `dist/….js`; references into another workspace package name that package.
 */
export function packageManifest(combined: Manifest, folder: string, packageName: (folder: string) => string): Manifest {
  const modules = combined.modules.filter((module) => SOURCE_FILE.exec(module.path)?.[1] === folder);
  return { ...combined, modules: rewrite(modules, folder, packageName) as Manifest['modules'] };
}

function rewrite(value: unknown, folder: string, packageName: (folder: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, folder, packageName));
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = rewrite(item, folder, packageName);
  for (const key of ['path', 'module']) {
    const text = result[key];
    const match = typeof text === 'string' ? SOURCE_FILE.exec(text) : null;
    if (!match) continue;
    result[key] = `dist/${match[2]}.js`;
    if (match[1] !== folder) result.package = packageName(match[1]!);
  }
  return result;
}

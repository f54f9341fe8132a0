/**
 * What every copy of the autoloader on a page shares (one global, found by its Symbol.for key
 * from any bundle): which version serves each tag. `version` is the first copy's; copies before
 * the per-tag record read only that.
 */
interface PageCopies {
  version: string;
  tags?: Record<string, string>;
}

const KEY = Symbol.for('welcome-widgets.autoloader');

/**
 * Claims for this copy the tags no earlier copy on the page knows, and returns them. A second
 * script tag of the same version changes nothing; one of another version only adds tags the
 * earlier copies do not know (a newer release's new widget) and says once, naming both versions,
 * that it leaves the others to the version already there. Decided when the copy loads, not when
 * a tag appears, so which version serves a tag never depends on which download finished first.
 */
export function claimTags(version: string, known: readonly string[]): string[] {
  const global = globalThis as typeof globalThis & { [KEY]?: PageCopies };
  const copies = (global[KEY] ??= { version, tags: {} });
  // A copy from before the per-tag record serves every tag it knows: assume ours.
  const tags = (copies.tags ??= Object.fromEntries(known.map((tag) => [tag, copies.version])));
  const mine = known.filter((tag) => !(tag in tags));
  const kept = new Map<string, string[]>();
  for (const tag of known) {
    const owner = tags[tag];
    if (owner !== undefined && owner !== version) kept.set(owner, [...(kept.get(owner) ?? []), tag]);
  }
  for (const tag of mine) tags[tag] = version;
  if (kept.size) {
    const keeps = [...kept].map(([owner, list]) => `version ${owner} is already on this page and keeps ${names(list)}`);
    const adds = mine.length ? `this copy adds only ${names(mine)}` : 'this copy adds nothing';
    console.warn(`Welcome widgets ${version}: ${keeps.join('; ')}; ${adds}.`);
  }
  return mine;
}

const names = (tags: readonly string[]): string => tags.map((tag) => `<${tag}>`).join(', ');

type VersionedConstructor = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/**
 * Registers a tag once. A second copy of the widgets (a partner bundling us while the county's
 * script tag also loads) must never throw: the first definition stays, and a different version
 * is reported once so the integrator can find it.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined by Welcome widgets ${existing.version ?? 'unknown'}; version ${constructor.version ?? 'unknown'} was not registered.`,
    );
  }
}

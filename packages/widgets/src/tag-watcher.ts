/**
 * Calls `found` once for each of `tags` that appears in the document: already there, added later
 * (innerHTML, a framework, a CMS moving blocks), or inside an open shadow root of the page's own
 * components, which neither `querySelector` nor an observer of the document sees into. Closed
 * shadow roots stay invisible: their owner calls `loadWidget()`. A tag whose loading failed
 * (`found` answers false, e.g. offline) is looked for again at the next change. The shadow roots
 * of `widgets` (all our tags) are not searched: a widget brings the code for what it renders.
 */
export function watchForTags(
  tags: readonly string[],
  found: (tag: string) => Promise<boolean>,
  widgets: ReadonlySet<string>,
): void {
  const missing = new Set(tags);
  const watched = new WeakSet<Node>();
  const awaited = new WeakSet<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    discover(root);
  }

  function discover(root: ParentNode): void {
    if (!missing.size) return;
    for (const tag of missing) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
        missing.delete(tag);
        void found(tag).then((loaded) => loaded || missing.add(tag));
      }
    }
    if (!missing.size) return;
    for (const element of root instanceof Element
      ? [root, ...root.querySelectorAll('*')]
      : root.querySelectorAll('*')) {
      if (widgets.has(element.localName)) continue;
      if (element.shadowRoot) watch(element.shadowRoot);
      // A component defined after it was inserted gets its shadow root without any mutation here.
      else if (!element.matches(':defined') && !awaited.has(element)) {
        awaited.add(element);
        void customElements.whenDefined(element.localName).then(() => {
          if (element.shadowRoot) watch(element.shadowRoot);
        });
      }
    }
  }

  watch(document);
}

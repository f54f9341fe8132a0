/**
 * The text of a content file beside the mocks' modules. Browsers fetch it (Vite emits it as an
 * asset, the test runner serves it); Node's fetch does not read file: URLs, so there it comes
 * from the disk, through the built-in module getter that keeps this module free of node: imports.
 */
export async function readContentFile(url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    const fs = globalThis.process?.getBuiltinModule?.('node:fs/promises');
    if (!fs) throw new Error(`Cannot read ${url.href} here`);
    return fs.readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
  return response.text();
}

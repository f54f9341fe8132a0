/** The page a form was on, as proof of where consent was given: origin and path only, no query or fragment. */
export function sourcePage(page: string | undefined): string | null {
  if (!page) return null;
  try {
    const url = new URL(page);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}${url.pathname}` : null;
  } catch {
    return null;
  }
}

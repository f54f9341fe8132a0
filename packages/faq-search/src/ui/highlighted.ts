import { html, type TemplateResult } from 'lit';

/** Text with the matched ranges in <mark>; ranges are [start, end) in the text. */
export function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): TemplateResult {
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

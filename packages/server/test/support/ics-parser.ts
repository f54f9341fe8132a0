import assert from 'node:assert/strict';

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * A small strict reader of iCalendar for tests: every line ends in CRLF, no physical line is
 * longer than 75 octets, folding is undone, components are balanced. Returns the properties of
 * the VCALENDAR and of its one VEVENT.
 */
export function parseIcs(text: string): { calendar: Record<string, IcsProperty>; event: Record<string, IcsProperty> } {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line endings');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line longer than 75 octets: ${line}`);
    assert.doesNotMatch(line, /\uFFFD/, 'no broken UTF-8 sequence');
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }

  const calendar: Record<string, IcsProperty> = {};
  const event: Record<string, IcsProperty> = {};
  const stack: string[] = [];
  for (const line of logical) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    assert.ok(match, `not a content line: ${line}`);
    const [, name, rawParams, value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(value);
      continue;
    }
    if (name === 'END') {
      assert.equal(stack.pop(), value, 'balanced components');
      continue;
    }
    const params = Object.fromEntries(
      [...rawParams.matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map(([, key, v]) => [
        key!,
        v!.replace(/^"|"$/g, ''),
      ]),
    );
    const target = stack.at(-1) === 'VEVENT' ? event : calendar;
    assert.ok(!(name in target) || name === 'ATTENDEE', `${name} appears once`);
    target[name] = { name, params, value };
  }
  assert.equal(stack.length, 0, 'all components closed');
  return { calendar, event };
}

/** TEXT value unescaped (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

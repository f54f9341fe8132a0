/**
 * iCalendar (RFC 5545) for one appointment, with the iTIP method (RFC 5546) of its use: REQUEST in
 * the confirmation mail, CANCEL in the cancellation mail, PUBLISH for the download.
 */
export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  method: IcsMethod;
  /** Globally unique and the same for the booking and its cancellation, e.g. `<booking id>@<host>`. */
  uid: string;
  /** When this version of the event was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** Where to go at the time (the booking page's room view): URL and LOCATION. */
  url: string;
  /** TENTATIVE while the booking is held, until the link in the hold mail confirms it. */
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** 0 for the booking, 1 for its cancellation. */
  sequence: number;
  organizer?: IcsPerson;
  attendee?: IcsPerson;
  language?: string;
}

export const ICS_PRODID = '-//Landkreis Mittelsachsen//Welcome widgets//DE';

export function buildIcs(event: IcsEvent): string {
  return calendar([`METHOD:${event.method}`], [event]);
}

/**
 * A calendar of several events to subscribe to (a consultant's feed): METHOD:PUBLISH, a name the
 * calendar app shows, and how often to ask again (RFC 7986 REFRESH-INTERVAL, and the older X-PUBLISHED-TTL).
 */
export function buildIcsFeed(
  feed: { name: string; refreshMinutes: number },
  events: ReadonlyArray<Omit<IcsEvent, 'method'>>,
): string {
  return calendar(
    [
      'METHOD:PUBLISH',
      `NAME:${escapeText(feed.name)}`,
      `X-WR-CALNAME:${escapeText(feed.name)}`,
      `REFRESH-INTERVAL;VALUE=DURATION:PT${feed.refreshMinutes}M`,
      `X-PUBLISHED-TTL:PT${feed.refreshMinutes}M`,
    ],
    events.map((event) => ({ ...event, method: 'PUBLISH' as const })),
  );
}

function calendar(head: string[], events: readonly IcsEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', `PRODID:${ICS_PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', ...head];
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(event: IcsEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY${languageParameter(event.language)}:${escapeText(event.summary)}`,
    `DESCRIPTION${languageParameter(event.language)}:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.url)}`,
    `URL:${event.url}`,
    'TRANSP:OPAQUE',
    ...(event.organizer
      ? [`ORGANIZER;CN=${quoteParameter(event.organizer.name)}:mailto:${event.organizer.email}`]
      : []),
    ...(event.attendee
      ? [
          `ATTENDEE;CN=${quoteParameter(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${event.attendee.email}`,
        ]
      : []),
    'END:VEVENT',
  ];
}

/** `YYYYMMDDTHHMMSSZ` (form 2, UTC). */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11); other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .split('')
    .filter((c) => c === '\t' || !isControl(c))
    .join('');
}

/** Parameter values are quoted; DQUOTE and controls cannot appear in them at all (RFC 5545 3.1). */
function quoteParameter(value: string): string {
  const clean = value
    .split('')
    .filter((c) => c !== '"' && !isControl(c))
    .join('');
  return `"${clean.trim()}"`;
}

/** C0 controls and DEL; escaped newlines are already two printable characters by then. */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function languageParameter(language: string | undefined): string {
  return language && /^[a-z]{2,3}$/.test(language) ? `;LANGUAGE=${language}` : '';
}

/**
 * Lines longer than 75 octets are folded: CRLF and a space, the continuation holding at most 74
 * octets after the space. Never inside a UTF-8 sequence: a code point stays whole.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildIcs, escapeText, foldLine, icsUtc, type IcsEvent } from '@welcome-widgets/domain/appointments';
import { icsText, parseIcs } from './support/ics-parser.js';

const event: IcsEvent = {
  method: 'REQUEST',
  uid: 'AbCdEfGhIjKlMnOpQrStUv@welcome.example',
  stamp: new Date('2026-03-20T10:15:30.123Z'),
  start: new Date('2026-03-31T07:00:00Z'),
  end: new Date('2026-03-31T07:45:00Z'),
  summary: 'Beratung: Anerkennung ausländischer Berufsabschlüsse',
  description: 'Thema; Zeit, Ort\\Link\nZweite Zeile',
  url: 'https://welcome.example/beratung.html?room=AbCdEfGhIjKlMnOpQrStUv',
  status: 'CONFIRMED',
  sequence: 0,
  organizer: { name: 'Landkreis Mittelsachsen', email: 'beratung@welcome.example' },
  attendee: { name: 'Nguyễn "Lan" Thị', email: 'lan@example.org' },
  language: 'de',
};

describe('iCalendar', () => {
  it('writes a VCALENDAR with one VEVENT, UTC times and the method', () => {
    const { calendar, event: e } = parseIcs(buildIcs(event));
    assert.equal(calendar.VERSION?.value, '2.0');
    assert.match(calendar.PRODID!.value, /Welcome widgets/);
    assert.equal(calendar.METHOD?.value, 'REQUEST');
    assert.equal(e.UID?.value, event.uid);
    assert.equal(e.DTSTAMP?.value, '20260320T101530Z');
    assert.equal(e.DTSTART?.value, '20260331T070000Z');
    assert.equal(e.DTEND?.value, '20260331T074500Z');
    assert.equal(e.SEQUENCE?.value, '0');
    assert.equal(e.STATUS?.value, 'CONFIRMED');
    assert.equal(icsText(e.SUMMARY!.value), event.summary);
    assert.equal(e.SUMMARY?.params.LANGUAGE, 'de');
    assert.equal(icsText(e.DESCRIPTION!.value), event.description);
    assert.equal(e.URL?.value, event.url);
    assert.equal(icsText(e.LOCATION!.value), event.url);
    assert.equal(e.ORGANIZER?.value, 'mailto:beratung@welcome.example');
    assert.equal(e.ATTENDEE?.params.CN, 'Nguyễn Lan Thị', 'quotes cannot appear in a parameter');
  });

  it('escapes backslash, semicolon, comma and newline in text', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
    assert.equal(escapeText('bell\u0007'), 'bell');
    assert.match(buildIcs(event), /DESCRIPTION;LANGUAGE=de:Thema\\; Zeit\\, Ort\\\\Link\\nZweite Zeile/);
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const long = 'SUMMARY:' + 'Тема консультації: визнання іноземних професійних кваліфікацій 🇺🇦 '.repeat(4);
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    assert.ok(lines.length > 3);
    for (const [index, line] of lines.entries()) {
      assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets`);
      if (index > 0) assert.ok(line.startsWith(' '));
    }
    assert.equal(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join(''), long);
    assert.equal(foldLine('SHORT:line'), 'SHORT:line');
    assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
    assert.equal(foldLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);

    const text = buildIcs({ ...event, summary: long, description: 'ü'.repeat(200) });
    const { event: e } = parseIcs(text);
    assert.equal(icsText(e.DESCRIPTION!.value), 'ü'.repeat(200));
    assert.ok(!/(^|[^\r])\n/.test(text), 'no bare LF');
  });

  it('cancels with the same UID, a higher sequence and STATUS:CANCELLED', () => {
    const { calendar, event: e } = parseIcs(
      buildIcs({
        ...event,
        method: 'CANCEL',
        status: 'CANCELLED',
        sequence: 1,
        stamp: new Date('2026-03-25T08:00:00Z'),
      }),
    );
    assert.equal(calendar.METHOD?.value, 'CANCEL');
    assert.equal(e.UID?.value, event.uid);
    assert.equal(e.SEQUENCE?.value, '1');
    assert.equal(e.STATUS?.value, 'CANCELLED');
    assert.equal(e.DTSTAMP?.value, '20260325T080000Z');
  });

  it('formats instants as YYYYMMDDTHHMMSSZ', () => {
    assert.equal(icsUtc(new Date('2026-10-25T00:30:00.999Z')), '20261025T003000Z');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appointmentTime } from '../src/locale/appointment-time.js';
import { zoneLabel } from '../src/locale/zone-label.js';

const summer = new Date('2026-07-01T10:00:00Z');
const winter = new Date('2026-12-01T10:00:00Z');

describe('time zones named for a reader', () => {
  it('names a zone in the reader’s language with the offset in force on the day', () => {
    assert.equal(zoneLabel('Asia/Kolkata', 'de', summer), 'Indische Normalzeit (GMT+5:30)');
    assert.equal(zoneLabel('Asia/Calcutta', 'en', summer), 'India Standard Time (GMT+5:30)');
    assert.equal(zoneLabel('Europe/Berlin', 'de', summer), 'Mitteleuropäische Zeit (GMT+2)');
    assert.equal(zoneLabel('Europe/Berlin', 'de', winter), 'Mitteleuropäische Zeit (GMT+1)');
  });

  it('names UTC by its name, and a zone without one by its offset alone', () => {
    assert.equal(zoneLabel('UTC', 'de', summer), 'Koordinierte Weltzeit (GMT+0)');
    assert.equal(zoneLabel('Etc/GMT-3', 'de', summer), 'GMT+3');
  });

  it('says date, time span and zone in one line, with the Arabic comma in Arabic', () => {
    const start = new Date('2026-03-31T07:00:00Z');
    const end = new Date('2026-03-31T07:45:00Z');
    assert.match(
      appointmentTime(start, end, 'Asia/Kolkata', 'de'),
      /^Dienstag, 31\. März 2026, 12:30\s?–\s?13:15 Uhr, Indische Normalzeit \(GMT\+5:30\)$/,
    );
    assert.match(appointmentTime(start, end, 'Europe/Berlin', 'ar'), /، توقيت وسط أوروبا/);
  });
});

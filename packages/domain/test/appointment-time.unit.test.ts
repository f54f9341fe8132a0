import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  isValidTimeZone,
  isoInstant,
  isoWeekday,
  zoneOffsetMs,
  zonedDate,
  zonedTime,
  zonedToUtc,
} from '../src/time/zoned-time.js';
import { easterSunday, isSaxonHoliday, repentanceDay, saxonHolidays } from '../src/appointments/holidays.js';

const utc = (date: string, time: string, zone?: string) => isoInstant(zonedToUtc(date, time, zone)!);

describe('Berlin wall clock to UTC, with Intl only', () => {
  it('a Tuesday 09:00 in Berlin is 08:00Z in winter and 07:00Z in summer', () => {
    assert.equal(utc('2026-01-13', '09:00'), '2026-01-13T08:00:00Z');
    assert.equal(utc('2026-07-14', '09:00'), '2026-07-14T07:00:00Z');
  });

  it('switches on the last Sunday of March (29 March 2026) and of October (25 October 2026)', () => {
    assert.equal(utc('2026-03-28', '09:00'), '2026-03-28T08:00:00Z');
    assert.equal(utc('2026-03-29', '01:59'), '2026-03-29T00:59:00Z');
    assert.equal(utc('2026-03-29', '03:00'), '2026-03-29T01:00:00Z');
    assert.equal(utc('2026-03-30', '09:00'), '2026-03-30T07:00:00Z');
    assert.equal(utc('2026-10-24', '09:00'), '2026-10-24T07:00:00Z');
    assert.equal(utc('2026-10-25', '09:00'), '2026-10-25T08:00:00Z');
    assert.equal(utc('2026-10-26', '09:00'), '2026-10-26T08:00:00Z');
  });

  it('has no 02:30 on 29 March and takes the first of the two 02:30 on 25 October', () => {
    assert.equal(zonedToUtc('2026-03-29', '02:00'), undefined);
    assert.equal(zonedToUtc('2026-03-29', '02:30'), undefined);
    assert.equal(utc('2026-10-25', '02:30'), '2026-10-25T00:30:00Z');
  });

  it('works for any zone, whatever the machine’s own zone is', () => {
    assert.equal(utc('2026-03-31', '12:30', 'Asia/Kolkata'), '2026-03-31T07:00:00Z');
    assert.equal(utc('2026-03-31', '09:00', 'America/Caracas'), '2026-03-31T13:00:00Z');
    assert.equal(utc('2026-03-08', '03:00', 'America/New_York'), '2026-03-08T07:00:00Z');
    assert.equal(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Berlin'), 2 * 3_600_000);
    assert.equal(zoneOffsetMs(Date.parse('2026-12-01T00:00:00Z'), 'Europe/Berlin'), 3_600_000);
  });

  it('reads dates and times back in the zone', () => {
    assert.equal(zonedDate(new Date('2026-03-29T22:30:00Z')), '2026-03-30');
    assert.equal(zonedTime(new Date('2026-03-29T22:30:00Z')), '00:30');
    assert.equal(zonedDate(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
    assert.equal(isoWeekday('2026-03-31'), 2);
    assert.equal(isoWeekday('2026-03-29'), 7);
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });

  it('knows IANA zones and refuses anything else', () => {
    for (const zone of ['Europe/Berlin', 'Asia/Kolkata', 'America/Caracas', 'Asia/Ho_Chi_Minh', 'UTC']) {
      assert.ok(isValidTimeZone(zone), zone);
    }
    for (const zone of ['Mars/Olympus', '', 'Europe/Berlin; drop table', 'x'.repeat(100)]) {
      assert.ok(!isValidTimeZone(zone), zone);
    }
  });
});

describe('public holidays of Saxony', () => {
  it('finds Easter by the anonymous Gregorian algorithm', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
  });

  it('puts Buß- und Bettag on the Wednesday before 23 November', () => {
    assert.equal(repentanceDay(2024), '2024-11-20');
    assert.equal(repentanceDay(2025), '2025-11-19');
    assert.equal(repentanceDay(2026), '2026-11-18');
    assert.equal(repentanceDay(2027), '2027-11-17');
    assert.equal(repentanceDay(2028), '2028-11-22');
    for (let year = 2020; year < 2060; year++) {
      const day = repentanceDay(year);
      assert.equal(isoWeekday(day), 3);
      assert.ok(day >= `${year}-11-16` && day <= `${year}-11-22`, day);
    }
  });

  it('lists the eleven holidays of 2026', () => {
    assert.deepEqual(
      [...saxonHolidays(2026)],
      [
        ['2026-01-01', 'Neujahr'],
        ['2026-04-03', 'Karfreitag'],
        ['2026-04-06', 'Ostermontag'],
        ['2026-05-01', 'Tag der Arbeit'],
        ['2026-05-14', 'Christi Himmelfahrt'],
        ['2026-05-25', 'Pfingstmontag'],
        ['2026-10-03', 'Tag der Deutschen Einheit'],
        ['2026-10-31', 'Reformationstag'],
        ['2026-11-18', 'Buß- und Bettag'],
        ['2026-12-25', '1. Weihnachtsfeiertag'],
        ['2026-12-26', '2. Weihnachtsfeiertag'],
      ],
    );
    assert.ok(isSaxonHoliday('2027-03-26'), 'Good Friday 2027');
    assert.ok(isSaxonHoliday('2027-11-17'), 'Buß- und Bettag 2027');
    assert.ok(!isSaxonHoliday('2026-01-06'), 'Epiphany is not a holiday in Saxony');
    assert.ok(!isSaxonHoliday('2026-06-04'), 'nor is Corpus Christi (except in a few Sorbian communities)');
    assert.ok(!isSaxonHoliday('2026-12-24'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, dayForKey, monthWeeks, startOfWeek } from '../src/calendar/calendar-month.js';
import { firstDayOfWeek } from '../src/time/week-start.js';
import { zonedDate } from '@welcome-widgets/domain/time';
import { differsFromBerlin, timeInZone } from '../src/time/zones.js';

describe('calendar month', () => {
  it('lays out whole weeks from the locale’s first day', () => {
    const monday = monthWeeks('2026-03-15', 1);
    assert.equal(monday[0]![0], '2026-02-23');
    assert.equal(monday.at(-1)!.at(-1), '2026-04-05');
    const sunday = monthWeeks('2026-03-15', 7);
    assert.equal(sunday[0]![0], '2026-03-01');
    const saturday = monthWeeks('2026-03-15', 6);
    assert.equal(saturday[0]![0], '2026-02-28');
  });

  it('moves by keys as the APG date picker does, mirrored right to left', () => {
    const ltr = { rtl: false, firstDay: 1, shift: false };
    assert.equal(dayForKey('2026-03-31', 'ArrowRight', ltr), '2026-04-01');
    assert.equal(dayForKey('2026-03-31', 'ArrowRight', { ...ltr, rtl: true }), '2026-03-30');
    assert.equal(dayForKey('2026-03-31', 'ArrowLeft', { ...ltr, rtl: true }), '2026-04-01');
    assert.equal(dayForKey('2026-03-31', 'ArrowDown', ltr), '2026-04-07');
    assert.equal(dayForKey('2026-03-31', 'Home', ltr), '2026-03-30');
    assert.equal(dayForKey('2026-03-31', 'End', ltr), '2026-04-05');
    assert.equal(dayForKey('2026-03-31', 'PageDown', ltr), '2026-04-30');
    assert.equal(dayForKey('2026-03-31', 'PageUp', { ...ltr, shift: true }), '2025-03-31');
    assert.equal(dayForKey('2026-03-31', 'a', ltr), undefined);
  });

  it('clamps month steps to the month’s length', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
  });

  it('starts weeks where the locale does', () => {
    assert.equal(firstDayOfWeek('de'), 1);
    assert.equal(startOfWeek('2026-03-04', firstDayOfWeek('en')), '2026-03-01');
  });
});

describe('time zones', () => {
  it('puts an instant on the day and time it has in each zone', () => {
    const instant = new Date('2026-03-31T22:30:00Z');
    assert.equal(zonedDate(instant, 'Europe/Berlin'), '2026-04-01');
    assert.equal(zonedDate(instant, 'America/Caracas'), '2026-03-31');
    assert.equal(timeInZone(instant, 'Asia/Kolkata', 'en-GB'), '04:00');
    assert.equal(differsFromBerlin('Europe/Berlin', instant), false);
    assert.equal(differsFromBerlin('Europe/Paris', instant), false);
    assert.equal(differsFromBerlin('Asia/Ho_Chi_Minh', instant), true);
  });
});

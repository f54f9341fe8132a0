import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoInstant } from '../src/time/zoned-time.js';
import { isSaxonHoliday } from '../src/appointments/holidays.js';
import { computeSlots, gridTimes, occupied, type SlotInput } from '../src/appointments/slots.js';

const TUESDAY_MORNING = { weekday: 2, from: '09:00', to: '12:00' };
const THURSDAY_AFTERNOON = { weekday: 4, from: '13:00', to: '16:00' };

function input(overrides: Partial<SlotInput> = {}): SlotInput {
  return {
    rules: [TUESDAY_MORNING, THURSDAY_AFTERNOON],
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    bufferMinutes: 15,
    isHoliday: isSaxonHoliday,
    absences: [],
    busy: [],
    horizon: { minHoursAhead: 24, maxWeeksAhead: 8 },
    now: new Date('2026-03-01T12:00:00Z'),
    from: new Date('2026-03-01T00:00:00Z'),
    to: new Date('2026-04-30T00:00:00Z'),
    ...overrides,
  };
}

const starts = (slotInput: SlotInput) => computeSlots(slotInput).map((slot) => isoInstant(slot.start));
const within = (slotInput: SlotInput, from: string, to: string) =>
  starts({ ...slotInput, from: new Date(from), to: new Date(to) });

describe('slot computation', () => {
  it('steps by duration plus buffer from the start of each opening window', () => {
    assert.deepEqual(gridTimes(TUESDAY_MORNING, 45, 15), ['09:00', '10:00', '11:00']);
    assert.deepEqual(gridTimes(TUESDAY_MORNING, 60, 15), ['09:00', '10:15']);
    assert.deepEqual(gridTimes(TUESDAY_MORNING, 30, 15), ['09:00', '09:45', '10:30', '11:15']);
    assert.deepEqual(gridTimes({ weekday: 2, from: '09:00', to: '09:30' }, 45, 15), []);
  });

  it('gives Tuesday 09:00 Berlin as 08:00Z in winter and 07:00Z in summer', () => {
    const slots = computeSlots(input({ from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-11T00:00:00Z') }));
    assert.deepEqual(
      slots.map((s) => [isoInstant(s.start), isoInstant(s.end)]),
      [
        ['2026-03-10T08:00:00Z', '2026-03-10T08:45:00Z'],
        ['2026-03-10T09:00:00Z', '2026-03-10T09:45:00Z'],
        ['2026-03-10T10:00:00Z', '2026-03-10T10:45:00Z'],
      ],
    );
    const summer = input({ now: new Date('2026-06-20T12:00:00Z') });
    assert.deepEqual(within(summer, '2026-06-30T00:00:00Z', '2026-07-01T00:00:00Z'), [
      '2026-06-30T07:00:00Z',
      '2026-06-30T08:00:00Z',
      '2026-06-30T09:00:00Z',
    ]);
  });

  it('moves by an hour in UTC across the last Sunday of March (29 March 2026)', () => {
    assert.deepEqual(within(input(), '2026-03-23T00:00:00Z', '2026-04-03T00:00:00Z'), [
      // Tuesday 24 and Thursday 26 March: CET, UTC+1
      '2026-03-24T08:00:00Z',
      '2026-03-24T09:00:00Z',
      '2026-03-24T10:00:00Z',
      '2026-03-26T12:00:00Z',
      '2026-03-26T13:00:00Z',
      '2026-03-26T14:00:00Z',
      // Tuesday 31 March and Thursday 2 April: CEST, UTC+2
      '2026-03-31T07:00:00Z',
      '2026-03-31T08:00:00Z',
      '2026-03-31T09:00:00Z',
      '2026-04-02T11:00:00Z',
      '2026-04-02T12:00:00Z',
      '2026-04-02T13:00:00Z',
    ]);
  });

  it('moves back across the last Sunday of October (25 October 2026)', () => {
    const autumn = input({ now: new Date('2026-10-01T12:00:00Z') });
    assert.deepEqual(within(autumn, '2026-10-19T00:00:00Z', '2026-10-30T00:00:00Z'), [
      '2026-10-20T07:00:00Z',
      '2026-10-20T08:00:00Z',
      '2026-10-20T09:00:00Z',
      '2026-10-22T11:00:00Z',
      '2026-10-22T12:00:00Z',
      '2026-10-22T13:00:00Z',
      '2026-10-27T08:00:00Z',
      '2026-10-27T09:00:00Z',
      '2026-10-27T10:00:00Z',
      '2026-10-29T12:00:00Z',
      '2026-10-29T13:00:00Z',
      '2026-10-29T14:00:00Z',
    ]);
  });

  it('skips the hour that does not exist and offers the doubled hour once', () => {
    const night = input({
      rules: [{ weekday: 7, from: '01:30', to: '04:00' }],
      durationMinutes: 30,
      bufferMinutes: 0,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    assert.deepEqual(within(night, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'), [
      '2026-03-29T00:30:00Z', // 01:30 CET
      '2026-03-29T01:00:00Z', // 03:00 CEST; 02:00 and 02:30 do not exist
      '2026-03-29T01:30:00Z', // 03:30 CEST
    ]);
    const autumnNight = { ...night, now: new Date('2026-10-01T00:00:00Z') };
    assert.deepEqual(within(autumnNight, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'), [
      '2026-10-24T23:30:00Z', // 01:30 CEST
      '2026-10-25T00:00:00Z', // 02:00, first time (CEST)
      '2026-10-25T00:30:00Z', // 02:30, first time
      '2026-10-25T02:00:00Z', // 03:00 CET
      '2026-10-25T02:30:00Z', // 03:30 CET
    ]);
  });

  it('gives nothing on public holidays of Saxony', () => {
    // Thursday 14 May 2026 is Ascension Day; Tuesday 12 May is an ordinary day.
    const may = input({ now: new Date('2026-05-01T12:00:00Z') });
    assert.equal(within(may, '2026-05-14T00:00:00Z', '2026-05-15T00:00:00Z').length, 0);
    assert.equal(within(may, '2026-05-12T00:00:00Z', '2026-05-13T00:00:00Z').length, 3);
    // Wednesday 18 November 2026 is Buß- und Bettag: a Wednesday rule is closed that day only.
    const wednesdays = input({
      rules: [{ weekday: 3, from: '13:00', to: '16:00' }],
      now: new Date('2026-11-01T12:00:00Z'),
    });
    assert.equal(within(wednesdays, '2026-11-18T00:00:00Z', '2026-11-19T00:00:00Z').length, 0);
    assert.equal(within(wednesdays, '2026-11-11T00:00:00Z', '2026-11-12T00:00:00Z').length, 3);
    // Good Friday 3 April 2026 and Reformation Day (a Saturday in 2026, a Friday in 2025)
    const fridays = input({
      rules: [{ weekday: 5, from: '09:00', to: '12:00' }],
      now: new Date('2025-10-01T12:00:00Z'),
    });
    assert.equal(within(fridays, '2025-10-31T00:00:00Z', '2025-11-01T00:00:00Z').length, 0);
    assert.equal(within(fridays, '2025-10-24T00:00:00Z', '2025-10-25T00:00:00Z').length, 3);
  });

  it('gives nothing on days of absence, both ends inclusive', () => {
    const away = input({ absences: [{ from: '2026-03-24', to: '2026-03-26' }] });
    assert.deepEqual(within(away, '2026-03-23T00:00:00Z', '2026-03-28T00:00:00Z'), []);
    const oneDay = input({ absences: [{ from: '2026-03-26', to: '2026-03-26' }] });
    assert.equal(within(oneDay, '2026-03-23T00:00:00Z', '2026-03-28T00:00:00Z').length, 3);
  });

  it('keeps the buffer free after each booking, also for a topic with another grid', () => {
    // A 60-minute topic of the same consultant is booked at 09:00: busy until 10:15 with the buffer.
    const busy = [occupied(new Date('2026-03-10T08:00:00Z'), 60, 15)];
    // 09:00 Berlin overlaps; 10:00 would start inside the buffer (until 10:15); 11:00 stays.
    assert.deepEqual(within(input({ busy }), '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'), ['2026-03-10T10:00:00Z']);
    // A 45-minute booking at 09:00 ends with its buffer at 10:00 exactly: the next slot touches it, no gap lost.
    const adjacent = [occupied(new Date('2026-03-10T08:00:00Z'), 45, 15)];
    assert.deepEqual(within(input({ busy: adjacent }), '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'), [
      '2026-03-10T09:00:00Z',
      '2026-03-10T10:00:00Z',
    ]);
  });

  it('limits to the horizon: nothing before now + 24 h, nothing after now + 8 weeks', () => {
    const now = new Date('2026-03-09T08:30:00Z'); // Monday 09:30 Berlin
    const slots = computeSlots(
      input({ now, from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') }),
    );
    const first = slots[0]!.start.getTime();
    const last = slots.at(-1)!.start.getTime();
    assert.ok(first >= now.getTime() + 24 * 3_600_000);
    assert.equal(isoInstant(first), '2026-03-10T09:00:00Z', 'Tuesday 09:00 Berlin is 23.5 h ahead: too soon');
    assert.ok(last <= now.getTime() + 8 * 7 * 86_400_000);
    assert.equal(isoInstant(last), '2026-04-30T13:00:00Z', 'Thursday 30 April; 1 May is a holiday');
    // Eight weeks after Tuesday 10 March 08:30Z is Tuesday 5 May 08:30Z: 09:00 and 10:00 Berlin are in, 11:00 is out.
    const tuesday = input({ now: new Date('2026-03-10T08:30:00Z') });
    assert.deepEqual(within(tuesday, '2026-05-05T00:00:00Z', '2026-05-06T00:00:00Z'), [
      '2026-05-05T07:00:00Z',
      '2026-05-05T08:00:00Z',
    ]);
    assert.deepEqual(within(input({ now }), '2026-03-01T00:00:00Z', '2026-03-09T00:00:00Z'), [], 'the past');
  });

  it('drops a booked slot and brings it back when the booking is gone', () => {
    const range = { from: new Date('2026-03-31T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
    const free = starts(input(range));
    assert.deepEqual(free, ['2026-03-31T07:00:00Z', '2026-03-31T08:00:00Z', '2026-03-31T09:00:00Z']);
    const booked = [occupied(new Date('2026-03-31T08:00:00Z'), 45, 15)];
    assert.deepEqual(starts(input({ ...range, busy: booked })), ['2026-03-31T07:00:00Z', '2026-03-31T09:00:00Z']);
    assert.deepEqual(starts(input({ ...range, busy: [] })), free);
  });
});

import { describe, expect, it } from 'vitest';
import { eventInstants, isTimeZone, localIn, nextDay, zonedToUtc } from './meetings.time.ts';

describe('local times and UTC instants', () => {
  it('takes 10:00 in Baku to 06:00 UTC and shows it at 12:00 in Bishkek and 09:00 in Ankara', () => {
    const utc = zonedToUtc('2019-02-08', '10:00', 'Asia/Baku');
    expect(utc.toISOString()).toBe('2019-02-08T06:00:00.000Z');
    expect(localIn(utc, 'Asia/Bishkek')).toEqual({ date: '2019-02-08', time: '12:00' });
    expect(localIn(utc, 'Europe/Istanbul')).toEqual({ date: '2019-02-08', time: '09:00' });
  });

  it('follows summer time where a zone has it (Budapest: UTC+1 in winter, UTC+2 in summer)', () => {
    expect(zonedToUtc('2025-01-15', '10:00', 'Europe/Budapest').toISOString()).toBe(
      '2025-01-15T09:00:00.000Z',
    );
    expect(zonedToUtc('2025-07-15', '10:00', 'Europe/Budapest').toISOString()).toBe(
      '2025-07-15T08:00:00.000Z',
    );
    // The first local hour after the clocks went forward on 2025-03-30.
    expect(zonedToUtc('2025-03-30', '03:30', 'Europe/Budapest').toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
  });

  it('spans an all-day event from local midnight to the local midnight after its last day', () => {
    const { startsAt, endsAt } = eventInstants({
      startDate: '2022-03-28',
      startTime: null,
      endDate: '2022-03-30',
      endTime: null,
      timeZone: 'Europe/Istanbul',
    });
    expect(startsAt.toISOString()).toBe('2022-03-27T21:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2022-03-30T21:00:00.000Z');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Asia/Baku')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Asia/Nowhere')).toBe(false);
    expect(isTimeZone('+04:00')).toBe(false);
  });
});

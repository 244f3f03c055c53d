import { describe, expect, it } from 'vitest';
import { eventDays, eventWhen } from './event-time';
import { addMonths, monthRange, monthWeeks } from './calendar-month';

// 27 February 2019, 10:00–13:00 in Baku (UTC+4) = 06:00–09:00 UTC.
const baku = {
  allDay: false,
  start: { date: '2019-02-27', time: '10:00', timeZone: 'Asia/Baku', utc: '2019-02-27T06:00:00Z' },
  end: { date: '2019-02-27', time: '13:00', timeZone: 'Asia/Baku', utc: '2019-02-27T09:00:00Z' },
};

describe('eventWhen', () => {
  it('shows the times at the place with the zone named, and the reader’s when they differ', () => {
    const when = eventWhen(baku, 'en-GB', 'Asia/Bishkek');
    expect(when.local).toBe('27 Feb 2019, 10:00 – 13:00');
    expect(when.zone).toBe('Asia/Baku, GMT+4');
    expect(when.reader).toEqual({ text: '27 Feb 2019, 12:00 – 15:00', zone: 'Asia/Bishkek, GMT+6' });
  });

  it('gives Ankara’s reader an hour less', () => {
    expect(eventWhen(baku, 'en-GB', 'Europe/Istanbul').reader?.text).toBe('27 Feb 2019, 09:00 – 12:00');
  });

  it('says nothing more for a reader whose clock reads the same', () => {
    expect(eventWhen(baku, 'en-GB', 'Asia/Baku').reader).toBeNull();
    expect(eventWhen(baku, 'en-GB', 'Asia/Tbilisi').reader).toBeNull();
  });

  it('shows all-day events as calendar days, the same everywhere', () => {
    const allDay = {
      allDay: true,
      start: { ...baku.start, time: null },
      end: { date: '2019-02-28', time: null, timeZone: 'Asia/Baku', utc: '2019-02-28T20:00:00Z' },
    };
    expect(eventWhen(allDay, 'en-GB', 'America/New_York')).toEqual({
      local: '27 Feb 2019 – 28 Feb 2019',
      zone: null,
      reader: null,
    });
  });

  it('lists every day an event covers', () => {
    expect(eventDays({ ...baku, end: { ...baku.end, date: '2019-03-01' } })).toEqual([
      '2019-02-27',
      '2019-02-28',
      '2019-03-01',
    ]);
  });
});

describe('month view', () => {
  it('steps over year ends', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01');
    expect(addMonths('2019-01', -1)).toBe('2018-12');
  });

  it('knows the last day of February', () => {
    expect(monthRange('2019-02')).toEqual({ from: '2019-02-01', to: '2019-02-28' });
    expect(monthRange('2024-02').to).toBe('2024-02-29');
  });

  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks('2019-02'); // 1 February 2019 was a Friday
    expect(weeks[0]).toEqual([null, null, null, null, '2019-02-01', '2019-02-02', '2019-02-03']);
    expect(weeks.at(-1)).toEqual(['2019-02-25', '2019-02-26', '2019-02-27', '2019-02-28', null, null, null]);
    expect(weeks).toHaveLength(5);
  });
});

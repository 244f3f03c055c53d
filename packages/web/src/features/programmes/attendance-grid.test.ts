import { describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../api/programmes-types';
import { changedDays, dayBody, gridFromSheet, markAllPresent, setMark } from './attendance-grid';

const person = (id: string, marks: (null | 'present' | 'absent')[]) => ({
  application: { id, status: 'accepted' as const, person: { id: `p-${id}`, name: id } },
  days: ['2019-03-11', '2019-03-12'].map((date, i) => ({ date, status: marks[i] ?? null })),
  present: 0,
  absent: 0,
  excused: 0,
  presentShare: 0,
  attended: false,
});
const sheet: AttendanceSheet = {
  days: ['2019-03-11', '2019-03-12'],
  requiredShare: 80,
  items: [person('a', ['present', null]), person('b', [null, 'absent'])],
};

describe('attendance grid', () => {
  it('reads the sheet and writes a day’s lists', () => {
    const grid = gridFromSheet(sheet);
    expect(grid).toEqual({
      a: { '2019-03-11': 'present', '2019-03-12': null },
      b: { '2019-03-11': null, '2019-03-12': 'absent' },
    });
    expect(dayBody(grid, '2019-03-12')).toEqual({
      date: '2019-03-12',
      present: [],
      absent: ['b'],
      excused: [],
    });
  });

  it('knows which days changed, leaving the original grid as it was', () => {
    const grid = gridFromSheet(sheet);
    const edited = setMark(grid, 'b', '2019-03-11', 'excused');
    expect(grid.b?.['2019-03-11']).toBeNull();
    expect(changedDays(grid, edited)).toEqual(['2019-03-11']);
    expect(changedDays(grid, grid)).toEqual([]);
  });

  it('marks everyone present on a day without overwriting given marks', () => {
    const all = markAllPresent(gridFromSheet(sheet), '2019-03-12');
    expect(dayBody(all, '2019-03-12')).toEqual({
      date: '2019-03-12',
      present: ['a'],
      absent: ['b'],
      excused: [],
    });
  });
});

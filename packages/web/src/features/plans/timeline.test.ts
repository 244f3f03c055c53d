import { describe, expect, it } from 'vitest';
import type { Period } from '../../api/plans-types';
import { barGeometry, childrenSpan, dayNumber, isFuzzy, timelineScale, todayOffset } from './timeline';

const period = (start: string, end: string, precision: Period['precision'] = 'day'): Period => ({
  text: '',
  lang: 'en',
  start,
  end,
  precision,
});

describe('timelineScale', () => {
  it('spans the plan in whole months', () => {
    const scale = timelineScale('2019-01-15', '2019-12-10', []);
    expect(scale.start).toBe('2019-01-01');
    expect(scale.end).toBe('2019-12-31');
    expect(scale.days).toBe(365);
    expect(scale.months.map((m) => m.key)).toHaveLength(12);
    expect(scale.months[1]).toEqual({ key: '2019-02', offset: (31 / 365) * 100, width: (28 / 365) * 100 });
  });

  it('widens to items outside the plan', () => {
    const scale = timelineScale('2019-01-01', '2019-12-31', [null, period('2018-11-20', '2020-02-03')]);
    expect(scale.start).toBe('2018-11-01');
    expect(scale.end).toBe('2020-02-29');
    expect(scale.months[0]?.key).toBe('2018-11');
    expect(scale.months.at(-1)?.key).toBe('2020-02');
  });
});

describe('barGeometry', () => {
  const scale = timelineScale('2019-01-01', '2019-12-31', []);

  it('places a fuzzy span from its earliest start to its latest end, both inclusive', () => {
    // "the end of May and the beginning of June": 21 May – 10 June
    const bar = barGeometry(scale, period('2019-05-21', '2019-06-10', 'decade'));
    expect(bar.left).toBeCloseTo(((dayNumber('2019-05-21') - dayNumber('2019-01-01')) / 365) * 100);
    expect(bar.width).toBeCloseTo((21 / 365) * 100);
    expect(bar.fuzzy).toBe(true);
  });

  it('draws an exact day as a thin but visible bar', () => {
    const bar = barGeometry(scale, period('2019-02-21', '2019-02-21'));
    expect(bar.width).toBe(0.5);
    expect(bar.fuzzy).toBe(false);
  });

  it('clips a bar to the scale', () => {
    const bar = barGeometry(scale, period('2019-12-01', '2020-03-31', 'month'));
    expect(bar.left + bar.width).toBeCloseTo(100);
  });
});

describe('isFuzzy and todayOffset', () => {
  it('treats every precision but a day as fuzzy', () => {
    expect(isFuzzy('day')).toBe(false);
    expect(isFuzzy('month')).toBe(true);
    expect(isFuzzy('year_part')).toBe(true);
  });

  it('marks today only inside the scale', () => {
    const scale = timelineScale('2019-01-01', '2019-12-31', []);
    expect(todayOffset(scale, '2020-01-01')).toBeNull();
    expect(todayOffset(scale, '2019-01-01')).toBeCloseTo((0.5 / 365) * 100);
  });
});

describe('childrenSpan', () => {
  const leaf = (p: Period | null) => ({ item: { period: p }, children: [] });
  it('covers every descendant’s period', () => {
    const node = {
      children: [
        leaf(period('2019-03-01', '2019-03-31', 'month')),
        { item: { period: null }, children: [leaf(period('2019-05-21', '2019-06-10', 'decade'))] },
      ],
    };
    expect(childrenSpan(node)).toEqual({ start: '2019-03-01', end: '2019-06-10' });
  });

  it('is null when no sub-item has a period', () => {
    expect(childrenSpan({ children: [leaf(null)] })).toBeNull();
    expect(childrenSpan({ children: [] })).toBeNull();
  });
});

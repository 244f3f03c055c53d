import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isoDay, readIsoDay } from './calendar.ts';
import { AZ_CASES } from './cases/az.ts';
import { EN_CASES } from './cases/en.ts';
import { RU_CASES } from './cases/ru.ts';
import { TR_CASES } from './cases/tr.ts';
import { PRECISION_ORDER } from './grammar.ts';
import { PERIOD_LANGUAGES, type PeriodLanguage, parsePeriod } from './index.ts';

const ALL = [
  ...EN_CASES.map((row) => ['en', ...row] as const),
  ...AZ_CASES.map((row) => ['az', ...row] as const),
  ...TR_CASES.map((row) => ['tr', ...row] as const),
  ...RU_CASES.map((row) => ['ru', ...row] as const),
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('parsePeriod properties', () => {
  it('gives real days with start ≤ end and a known precision for every row of the tables', () => {
    for (const [lang, text, reference] of ALL) {
      const period = parsePeriod(text, lang as PeriodLanguage, reference);
      expect(period, `${lang}: ${text}`).not.toBeNull();
      if (!period) continue;
      expect(readIsoDay(period.start), text).not.toBeNull();
      expect(readIsoDay(period.end), text).not.toBeNull();
      expect(period.start <= period.end, text).toBe(true);
      expect(PRECISION_ORDER).toContain(period.precision);
    }
  });

  it('ends February on its 29th in leap years only', () => {
    expect(parsePeriod('end of February 2020', 'en', '2019-06-15')).toEqual({
      start: '2020-02-21',
      end: '2020-02-29',
      precision: 'decade',
    });
    expect(parsePeriod('end of February 2021', 'en', '2019-06-15')).toEqual({
      start: '2021-02-21',
      end: '2021-02-28',
      precision: 'decade',
    });
    expect(parsePeriod('29 February 2020', 'en', '2019-06-15')?.end).toBe('2020-02-29');
    expect(parsePeriod('29 February 2019', 'en', '2019-01-01')).toBeNull();
    expect(parsePeriod('29 February', 'en', '2020-03-01')?.start).toBe('2024-02-29');
    expect(parsePeriod('winter 2023', 'en', '2019-06-15')?.end).toBe('2024-02-29');
  });

  it('cuts every month into three decades that meet and cover it', () => {
    for (let year = 2019; year <= 2024; year += 1) {
      MONTHS.forEach((name, index) => {
        const parts = ['beginning', 'middle', 'end'].map((part) =>
          parsePeriod(`the ${part} of ${name} ${year}`, 'en', '2019-01-01'),
        );
        expect(parts[0]?.start).toBe(isoDay(year, index + 1, 1));
        expect(parts[2]?.end).toBe(isoDay(year, index + 1, daysInMonth(year, index + 1)));
        expect(parts[0]?.end).toBe(isoDay(year, index + 1, 10));
        expect(parts[1]?.start).toBe(isoDay(year, index + 1, 11));
        expect(parts[1]?.end).toBe(isoDay(year, index + 1, 20));
        expect(parts[2]?.start).toBe(isoDay(year, index + 1, 21));
      });
    }
  });

  it('places a month without a year at its first occurrence not ending before the reference', () => {
    for (let offset = 0; offset < 24; offset += 1) {
      const { year, month } = addMonths(2019, 1, offset);
      const reference = isoDay(year, month, 15);
      MONTHS.forEach((name) => {
        const period = parsePeriod(name, 'en', reference);
        expect(period && period.end >= reference, `${name} after ${reference}`).toBe(true);
        // …and the first one: a year earlier it would have ended before the reference.
        const earlier = parsePeriod(`${name} ${Number(period?.start.slice(0, 4)) - 1}`, 'en', reference);
        expect(earlier && earlier.end < reference, `${name} after ${reference}`).toBe(true);
      });
    }
  });

  it('gives a span that contains both of its ends for "A and B"', () => {
    const a = parsePeriod('the end of May', 'en', '2019-06-15');
    const b = parsePeriod('the beginning of June', 'en', '2019-06-15');
    const both = parsePeriod('the end of May and the beginning of June', 'en', '2019-06-15');
    expect(both?.start).toBe(a?.start);
    expect(both?.end).toBe(b?.end);
  });

  it('lists the four languages', () => {
    expect([...PERIOD_LANGUAGES]).toEqual(['en', 'az', 'tr', 'ru']);
  });
});

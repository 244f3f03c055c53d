import { describe, expect, it } from 'vitest';
import { AZ_CASES, AZ_NULLS } from './cases/az.ts';
import { EN_CASES, EN_NULLS } from './cases/en.ts';
import { RU_CASES, RU_NULLS } from './cases/ru.ts';
import { TR_CASES, TR_NULLS } from './cases/tr.ts';
import { type PeriodLanguage, parsePeriod } from './index.ts';

const TABLES = [
  ['en', EN_CASES, EN_NULLS],
  ['az', AZ_CASES, AZ_NULLS],
  ['tr', TR_CASES, TR_NULLS],
  ['ru', RU_CASES, RU_NULLS],
] as const;

describe.each(TABLES)('parsePeriod in %s', (lang, cases, nulls) => {
  it('has a broad table (at least 40 phrases)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('reads %j (reference %s)', (text, reference, start, end, precision) => {
    expect(parsePeriod(text, lang as PeriodLanguage, reference)).toEqual({ start, end, precision });
  });

  it.each(nulls)('does not understand %j (reference %s)', (text, reference) => {
    expect(parsePeriod(text, lang as PeriodLanguage, reference)).toBeNull();
  });
});

describe('parsePeriod arguments', () => {
  it('refuses a reference that is not a day', () => {
    expect(parsePeriod('March 2019', 'en', '2019-02-30')).toBeNull();
    expect(parsePeriod('March 2019', 'en', 'yesterday')).toBeNull();
  });

  it('refuses a phrase longer than 200 characters', () => {
    expect(parsePeriod(`${'in '.repeat(70)}March 2019`, 'en', '2019-06-15')).toBeNull();
  });

  it('reads words only in the language given', () => {
    expect(parsePeriod('mayın sonu', 'en', '2019-06-15')).toBeNull();
    expect(parsePeriod('the end of May', 'ru', '2019-06-15')).toBeNull();
  });
});

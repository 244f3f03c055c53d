// The shape of the parser's test tables (one file per language).

import type { PeriodPrecision } from '../index.ts';

/** [phrase, reference, start, end, precision] */
export type PeriodCase = readonly [string, string, string, string, PeriodPrecision];

/** [phrase, reference] that must not be understood. */
export type NullCase = readonly [string, string];

/** The reference day of most rows: mid-June 2019, so that "March" is March 2020 and "June" June 2019. */
export const R = '2019-06-15';

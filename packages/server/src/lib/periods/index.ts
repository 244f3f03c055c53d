// The fuzzy periods parser (issue 5, ADR 0018): a phrase such as "the end of May" or "mayın sonu" in
// English, Azerbaijani, Turkish or Russian becomes an inclusive range of days and a precision.

import { readIsoDay } from './calendar.ts';
import { parseTokens } from './grammar.ts';
import { type Lexicon, readWords } from './lexicon.ts';
import { AZ } from './lexicon.az.ts';
import { EN } from './lexicon.en.ts';
import { RU } from './lexicon.ru.ts';
import { TR } from './lexicon.tr.ts';
import { toPieces } from './normalise.ts';

export type PeriodLanguage = 'en' | 'az' | 'tr' | 'ru';

/** The languages the parser understands. */
export const PERIOD_LANGUAGES: readonly PeriodLanguage[] = ['en', 'az', 'tr', 'ru'];

/** From finest to coarsest (see PRECISION_ORDER in grammar.ts). */
export type PeriodPrecision =
  | 'day'
  | 'decade'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year_part'
  | 'year';

/** An inclusive range of calendar days (YYYY-MM-DD) and how precise the phrase was. */
export interface ParsedPeriod {
  start: string;
  end: string;
  precision: PeriodPrecision;
}

const LEXICONS: Record<PeriodLanguage, Lexicon> = { en: EN, az: AZ, tr: TR, ru: RU };

/** The longest phrase read; the endpoint accepts up to 200 characters. */
const MAX_LENGTH = 200;

/**
 * Parses a fuzzy period phrase. A phrase without a year means its first occurrence that does not
 * end before `reference` (YYYY-MM-DD); "by X" runs from `reference` to the end of X.
 * Returns null when the phrase is not understood (never a guess), or the reference is not a day.
 * @example parsePeriod('mayın sonu və iyunun əvvəli', 'az', '2019-06-15')
 * // { start: '2020-05-21', end: '2020-06-10', precision: 'decade' }
 */
export function parsePeriod(text: string, lang: PeriodLanguage, reference: string): ParsedPeriod | null {
  const day = readIsoDay(reference);
  const lexicon = LEXICONS[lang];
  if (!day || !lexicon || text.length > MAX_LENGTH) return null;
  const pieces = toPieces(text, lang);
  const tokens = pieces && readWords(pieces, lexicon);
  const span = tokens && parseTokens(tokens, day);
  return span ? { start: span.start, end: span.end, precision: span.precision } : null;
}

// Splitting a phrase into pieces: numbers and numeric dates, dashes, and words lower-cased the
// Turkic way (Turkish and Azerbaijani I → ı, İ → i) with Russian ё read as е.

import { lowerCase } from '@kopru/turkic';
import { isValidDay } from './calendar.ts';
import type { PeriodLanguage } from './index.ts';
import type { Token } from './tokens.ts';

/** A piece of the phrase before the lexicon has read its words. */
export type Piece = Token | { kind: 'word'; text: string };

// Order matters: whole dates before numbers, a number's hyphenated suffix ("2019-cu", "1-е") before dashes.
const PIECE = new RegExp(
  [
    '(?<iso>\\d{4}-\\d{2}-\\d{2})(?!\\d)',
    '(?<dotted>\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?!\\d)',
    '(?<monthYear>\\d{1,2}\\.\\d{4})(?!\\d)',
    '(?<isoMonth>\\d{4}-\\d{2})(?![\\d.])',
    '(?<![\\p{L}\\d])(?<counted>[qh][1-4])(?![\\p{L}\\d])',
    '(?<number>\\d+)(?:st|nd|rd|th)?(?:-(?=\\p{L}))?',
    '(?<roman>[\\u2170-\\u2173])',
    '(?<word>\\p{L}+)',
    '(?<dash>[-\\u2010\\u2011\\u2013\\u2014\\u2212])',
  ].join('|'),
  'gu',
);

/** Capital Roman numerals I–IV standing alone ("III квартал") become ⅰ–ⅳ, which lower-casing keeps
 * apart from the Turkic dotless ı. */
function markRomanNumerals(text: string): string {
  const values: Record<string, number> = { I: 0, II: 1, III: 2, IV: 3 };
  return text.replace(/(?<![\p{L}\d])(IV|III|II|I)(?![\p{L}\d])/gu, (numeral) =>
    String.fromCharCode(0x2170 + (values[numeral] ?? 0)),
  );
}

/** Phrases of two words that mean one thing ("on gün": ten days; "mid-May": the middle of May). */
function joinPhrases(text: string): string {
  return text
    .replace(/(^|\s)on\s+gün/gu, '$1ongün')
    .replace(/(^|\s)ten\s+days/gu, '$1decade')
    .replace(/(^|\s)(mid|early|late)[-\u2010\u2011\u2013\u2014]/gu, '$1$2 ')
    .replace(/(^|\s)в\s+течение(?=\s|$)/gu, '$1')
    .replace(/(^|\s)bir\s+sonraki(?=\s|$)/gu, '$1sonraki');
}

function numericPiece(groups: Record<string, string | undefined>): Piece | null {
  const parts = (text: string) => text.split(/[-.]/).map(Number);
  if (groups.iso) {
    const [year = 0, month = 0, day = 0] = parts(groups.iso);
    return dateOrNull(year, month, day);
  }
  if (groups.dotted) {
    const [day = 0, month = 0, year = 0] = parts(groups.dotted);
    return dateOrNull(year, month, day);
  }
  if (groups.monthYear || groups.isoMonth) {
    const [a = 0, b = 0] = parts(groups.monthYear ?? groups.isoMonth ?? '');
    const [month, year] = groups.monthYear ? [a, b] : [b, a];
    return month >= 1 && month <= 12 ? { kind: 'month_year', year, month } : null;
  }
  const digits = groups.number ?? '';
  return { kind: 'number', value: Number(digits), digits: digits.length };
}

function dateOrNull(year: number, month: number, day: number): Piece | null {
  return isValidDay(year, month, day) ? { kind: 'date', year, month, day } : null;
}

/**
 * Cuts a phrase into numbers, numeric dates (2019-03-12, 12.03.2019, 03.2019, 2019-03), "Q3"/"H1", Roman
 * numerals, dashes and lower-cased words; punctuation and apostrophes separate words ("Mart'ta" →
 * "mart", "ta"). Returns null when a numeric date is not a real day ("31.02.2019").
 */
export function toPieces(text: string, lang: PeriodLanguage): Piece[] | null {
  const source = joinPhrases(lowerCase(markRomanNumerals(text.normalize('NFC')), lang).replace(/ё/g, 'е'));
  const pieces: Piece[] = [];
  for (const match of source.matchAll(PIECE)) {
    const groups = match.groups ?? {};
    if (groups.word) pieces.push({ kind: 'word', text: groups.word });
    else if (groups.dash) pieces.push({ kind: 'dash' });
    else if (groups.roman) pieces.push({ kind: 'ordinal', value: groups.roman.charCodeAt(0) - 0x216f });
    else if (groups.counted) pieces.push(countedPiece(groups.counted));
    else {
      const piece = numericPiece(groups);
      if (!piece) return null;
      pieces.push(piece);
    }
  }
  return pieces;
}

function countedPiece(text: string): Piece {
  return { kind: 'counted', value: Number(text.slice(1)), unit: text.startsWith('q') ? 'quarter' : 'half' };
}

// The fuzzy periods parser (issue 5, ADR 0018): a phrase such as "the end of May" or
// "mayın sonu" in English, Azerbaijani, Turkish or Russian becomes an inclusive date range.

export type PeriodLanguage = 'en' | 'az' | 'tr' | 'ru';

/** The languages the parser understands. */
export const PERIOD_LANGUAGES: readonly PeriodLanguage[] = ['en', 'az', 'tr', 'ru'];

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

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Parses a fuzzy period phrase relative to a reference date (YYYY-MM-DD).
 * Returns null when the phrase is not understood (first version: "<month> <year>" in English).
 */
export function parsePeriod(text: string, lang: PeriodLanguage, reference: string): ParsedPeriod | null {
  void lang;
  void reference;
  const m = /^\s*([a-z]+)\s+(\d{4})\s*$/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
  const year = Number(m[2]);
  if (month === 0) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, precision: 'month' };
}

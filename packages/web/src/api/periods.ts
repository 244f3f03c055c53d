import { request } from './client';

/** The languages the server's periods parser reads (ADR 0018). */
export const PERIOD_LANGUAGES = ['en', 'az', 'tr', 'ru'] as const;
export type PeriodLanguage = (typeof PERIOD_LANGUAGES)[number];

export type PeriodPrecision =
  | 'day'
  | 'decade'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year_part'
  | 'year';

/** A parsed period: inclusive `YYYY-MM-DD` bounds and how precise the phrase was. */
export interface ParsedPeriod {
  start: string;
  end: string;
  precision: PeriodPrecision;
}

/** True when `code` is a language the periods parser reads. */
export function isPeriodLanguage(code: unknown): code is PeriodLanguage {
  return typeof code === 'string' && (PERIOD_LANGUAGES as readonly string[]).includes(code);
}

/**
 * Parses a fuzzy period phrase on the server (the one parser; the web app only previews).
 * @throws {ApiError} PERIOD_NOT_UNDERSTOOD (field `body.text`), VALIDATION_FAILED, NETWORK_ERROR.
 */
export function parsePeriod(input: {
  text: string;
  lang: PeriodLanguage;
  reference: string;
}): Promise<ParsedPeriod> {
  return request<ParsedPeriod>('/api/periods/parse', { method: 'POST', body: input });
}

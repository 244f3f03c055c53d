// One period ("the end of May 2020", "Q3", "весной"): its tokens gathered into slots, then placed on
// the calendar in a given year.

import {
  addMonths,
  decadeSpan,
  isoDay,
  isValidDay,
  monthSpan,
  seasonSpan,
  yearPartSpan,
} from './calendar.ts';
import type { PeriodPrecision } from './index.ts';
import type { Part, Season, Token, Unit } from './tokens.ts';

/** The slots of one period; each is filled at most once. */
export interface Slots {
  year?: number;
  month?: number;
  day?: number;
  part?: Part;
  ordinal?: number;
  unit?: Unit;
  season?: Season;
  relative?: 0 | 1;
  yearWord?: boolean;
  monthWord?: boolean;
  /** a whole date was written (2019-03-12): nothing may be added to it */
  exact?: boolean;
}

/** A resolved period: inclusive YYYY-MM-DD bounds and precision. */
export interface Span {
  start: string;
  end: string;
  precision: PeriodPrecision;
}

type Key = keyof Slots;

function fill(slots: Slots, key: Key, value: Slots[Key]): boolean {
  if (slots[key] !== undefined) return false;
  (slots as Record<Key, unknown>)[key] = value;
  return true;
}

function fillNumber(slots: Slots, token: Extract<Token, { kind: 'number' }>): boolean {
  if (token.digits === 4)
    return token.value >= 1000 && token.value <= 2999 && fill(slots, 'year', token.value);
  if (token.digits > 2 || token.value < 1 || token.value > 31) return false;
  return fill(slots, 'day', token.value);
}

function fillToken(slots: Slots, token: Token): boolean {
  switch (token.kind) {
    case 'number':
      return fillNumber(slots, token);
    case 'date':
      return (
        fill(slots, 'exact', true) &&
        fill(slots, 'year', token.year) &&
        fill(slots, 'month', token.month) &&
        fill(slots, 'day', token.day)
      );
    case 'month_year':
      return fill(slots, 'year', token.year) && fill(slots, 'month', token.month);
    case 'month':
    case 'ordinal':
    case 'part':
    case 'unit':
    case 'season':
    case 'relative':
      return fill(slots, token.kind, token.value);
    case 'counted':
      return fill(slots, 'ordinal', token.value) && fill(slots, 'unit', token.unit);
    case 'year_word':
      slots.yearWord = true;
      return true;
    case 'month_word':
      slots.monthWord = true;
      return true;
    default:
      return false;
  }
}

/** Gathers the tokens of one period into slots; null when a slot is given twice or a token has no place. */
export function toSlots(tokens: Token[]): Slots | null {
  const slots: Slots = {};
  for (const token of tokens) if (!fillToken(slots, token)) return null;
  // "1-е полугодие", "2 квартал": a small number before a half or a quarter is its ordinal.
  if (
    slots.unit &&
    slots.unit !== 'decade' &&
    slots.ordinal === undefined &&
    slots.day !== undefined &&
    slots.day <= 4
  ) {
    slots.ordinal = slots.day;
    delete slots.day;
  }
  return Object.keys(slots).length > 0 ? slots : null;
}

/** Whether the slots name their year (or a year relative to the reference). */
export function hasYear(slots: Slots): boolean {
  return slots.year !== undefined || (slots.relative !== undefined && slots.yearWord === true);
}

const span = (bounds: { start: string; end: string }, precision: PeriodPrecision): Span => ({
  ...bounds,
  precision,
});

function monthPeriod(slots: Slots, year: number, month: number): Span | null {
  const { day, part, ordinal, unit } = slots;
  if (slots.season !== undefined) return null;
  if (day !== undefined) {
    if (part || unit || ordinal) return null;
    return isValidDay(year, month, day)
      ? span({ start: isoDay(year, month, day), end: isoDay(year, month, day) }, 'day')
      : null;
  }
  if (unit === 'decade' && ordinal !== undefined && ordinal <= 3 && !part)
    return span(decadeSpan(year, month, ordinal as Part), 'decade');
  if (ordinal || (unit && unit !== 'decade')) return null;
  // "the end of May", and "son on gün" (the last ten days): the part of a month is its decade.
  if (part) return span(decadeSpan(year, month, part), 'decade');
  return unit ? null : span(monthSpan(year, month), 'month');
}

function yearPeriod(slots: Slots, year: number): Span | null {
  const { part, ordinal, unit, season, day } = slots;
  if (day !== undefined || slots.monthWord) return null;
  if (season !== undefined) return part || unit || ordinal ? null : span(seasonSpan(year, season), 'season');
  if (unit === 'half' && ordinal !== undefined && ordinal <= 2 && !part)
    return span(monthSpan(year, ordinal * 6 - 5, 6), 'half');
  if (unit === 'quarter' && ordinal !== undefined && ordinal <= 4 && !part)
    return span(monthSpan(year, ordinal * 3 - 2, 3), 'quarter');
  if (unit || ordinal) return null;
  if (part) return span(yearPartSpan(year, part), 'year_part');
  return span(monthSpan(year, 1, 12), 'year');
}

/** Places the slots on the calendar in the given year; null when they do not make a period. */
export function periodIn(slots: Slots, year: number): Span | null {
  return slots.month !== undefined ? monthPeriod(slots, year, slots.month) : yearPeriod(slots, year);
}

/** Applies "this/next month/year" to the slots, relative to the reference day; false when it cannot. */
export function applyRelative(slots: Slots, reference: { year: number; month: number }): boolean {
  if (slots.relative === undefined) return true;
  if (slots.year !== undefined || slots.season !== undefined) return false;
  if (slots.yearWord && !slots.monthWord && slots.month === undefined) {
    slots.year = reference.year + slots.relative;
    return true;
  }
  if (slots.monthWord && !slots.yearWord && slots.month === undefined) {
    const target = addMonths(reference.year, reference.month, slots.relative);
    slots.year = target.year;
    slots.month = target.month;
    slots.monthWord = false;
    return true;
  }
  return false;
}

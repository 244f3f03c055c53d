// Calendar arithmetic on plain dates (no time zones): ISO strings, month lengths, parts of a year.

import type { Part, Season } from './tokens.ts';

/** A day as three numbers (month 1–12). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The number of days of a month (1–12) in a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether year-month-day is a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Formats a day as YYYY-MM-DD. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a YYYY-MM-DD string; null when it is not a real day. */
export function readIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The month `offset` months after year-month (offset may be negative). */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** First and last day of a run of `count` months starting at year-month. */
export function monthSpan(year: number, month: number, count = 1): { start: string; end: string } {
  const last = addMonths(year, month, count - 1);
  return {
    start: isoDay(year, month, 1),
    end: isoDay(last.year, last.month, daysInMonth(last.year, last.month)),
  };
}

/** A third of a month: days 1–10, 11–20, 21–end. */
export function decadeSpan(year: number, month: number, part: Part): { start: string; end: string } {
  const first = (part - 1) * 10 + 1;
  const last = part === 3 ? daysInMonth(year, month) : part * 10;
  return { start: isoDay(year, month, first), end: isoDay(year, month, last) };
}

/** A third of a year: January–April, May–August, September–December. */
export function yearPartSpan(year: number, part: Part): { start: string; end: string } {
  return monthSpan(year, (part - 1) * 4 + 1, 4);
}

/** A season: spring March–May, summer June–August, autumn September–November, winter December–February
 * (winter of a year starts in its December). */
export function seasonSpan(year: number, season: Season): { start: string; end: string } {
  return monthSpan(year, 3 + season * 3, 3);
}

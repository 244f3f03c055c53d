// Placing one period without a year: its first occurrence that does not end before a given day.

import type { Day } from './calendar.ts';
import { applyRelative, hasYear, periodIn, type Slots, type Span } from './simple.ts';

// A year-less phrase says which period of the year it means: a month, a season, "Q3", "the end of the year".
function anchoredWithoutYear(slots: Slots): boolean {
  return (
    slots.month !== undefined ||
    slots.season !== undefined ||
    (slots.unit !== undefined && slots.unit !== 'decade' && slots.ordinal !== undefined) ||
    (slots.part !== undefined && slots.yearWord === true)
  );
}

/** How far ahead a year-less phrase is looked for (29 February needs up to eight years). */
const YEARS_AHEAD = 9;

/**
 * Resolves slots to a span. With a year (or "next year"), that year; without, the first occurrence
 * that does not end before `notBefore` (YYYY-MM-DD). Null when the slots do not make a period.
 */
export function resolveSlots(input: Slots, reference: Day, notBefore: string): Span | null {
  const slots = { ...input };
  if (!applyRelative(slots, reference)) return null;
  if (hasYear(slots)) return periodIn(slots, slots.year ?? reference.year);
  if (!anchoredWithoutYear(slots)) return null;
  const first = Number(notBefore.slice(0, 4)) - 1;
  for (let year = first; year <= first + YEARS_AHEAD; year += 1) {
    const span = periodIn(slots, year);
    if (span && span.end >= notBefore) return span;
  }
  return null;
}

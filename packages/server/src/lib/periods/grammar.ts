// The grammar above one period: "A and B" (their span), ranges ("March–May", "from 12 to 14 March",
// "martdan maya qədər", "с марта по май") and "by X" (from the reference day to the end of X).

import { type Day, isoDay } from './calendar.ts';
import type { PeriodPrecision } from './index.ts';
import { resolveSlots } from './resolve.ts';
import { hasYear, type Slots, type Span, toSlots } from './simple.ts';
import type { Token } from './tokens.ts';

/** The precisions from finest to coarsest; a range or "A and B" takes the coarser of its ends. */
export const PRECISION_ORDER: readonly PeriodPrecision[] = [
  'day',
  'decade',
  'month',
  'season',
  'quarter',
  'half',
  'year_part',
  'year',
];

/** The coarser of two precisions. */
export function coarser(a: PeriodPrecision, b: PeriodPrecision): PeriodPrecision {
  return PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;
}

function splitAt(tokens: Token[], index: number): [Token[], Token[]] {
  return [tokens.slice(0, index), tokens.slice(index + 1)];
}

/** A left end without a year (or a month) borrows it from the right end: "12–14 March 2019". */
function borrow(left: Slots, right: Slots): Slots {
  const result = { ...left };
  if (!hasYear(left) && right.year !== undefined && left.relative === undefined) result.year = right.year;
  if (left.day !== undefined && left.month === undefined && right.month !== undefined)
    result.month = right.month;
  return result;
}

/** Two periods in order: the second is the first occurrence that does not end before the first starts. */
function pair(
  leftTokens: Token[],
  rightTokens: Token[],
  reference: Day,
  refIso: string,
): [Span, Span] | null {
  const left = toSlots(leftTokens);
  const right = toSlots(rightTokens);
  if (!left || !right) return null;
  if (!hasYear(left) && hasYear(right)) {
    const rightSpan = resolveSlots(right, reference, refIso);
    let leftSpan = rightSpan && resolveSlots(borrow(left, right), reference, refIso);
    // "December–February 2020": the left end falls in the year before.
    if (rightSpan && leftSpan && leftSpan.start > rightSpan.start && right.year !== undefined) {
      leftSpan = resolveSlots({ ...borrow(left, right), year: right.year - 1 }, reference, refIso);
    }
    return rightSpan && leftSpan ? [leftSpan, rightSpan] : null;
  }
  const leftSpan = resolveSlots(borrow(left, right), reference, refIso);
  if (!leftSpan) return null;
  const rightWithMonth =
    right.day !== undefined && right.month === undefined ? { ...right, month: left.month } : right;
  const rightSpan = resolveSlots(rightWithMonth, reference, leftSpan.start);
  return rightSpan ? [leftSpan, rightSpan] : null;
}

function joined(ends: [Span, Span] | null): Span | null {
  if (!ends) return null;
  const [a, b] = ends;
  if (a.start > b.end) return null;
  return {
    // ISO days sort as text.
    start: [a.start, b.start].sort()[0] ?? a.start,
    end: [a.end, b.end].sort()[1] ?? b.end,
    precision: coarser(a.precision, b.precision),
  };
}

const isSeparator = (t: Token) => t.kind === 'to' || t.kind === 'dash' || t.kind === 'ablative';

/** A range or a single period (with "from" and a final Turkic "qədər/kadar" already removed). */
function rangeOrSingle(tokens: Token[], hadFrom: boolean, reference: Day, refIso: string): Span | null {
  let index = tokens.findIndex(isSeparator);
  // "с марта до мая", "from March until May": after "from", "until" ends the left end.
  if (index < 0 && hadFrom) index = tokens.findIndex((t) => t.kind === 'by');
  if (index < 0) {
    // "from March" alone leaves its end open: not a period.
    if (hadFrom) return null;
    const slots = toSlots(tokens);
    return slots && resolveSlots(slots, reference, refIso);
  }
  const [left, right] = splitAt(tokens, index);
  return joined(pair(left, right, reference, refIso));
}

/** A range, a single period, or "by X". */
function phrase(input: Token[], reference: Day, refIso: string): Span | null {
  let tokens = input;
  const hadFrom = tokens[0]?.kind === 'from';
  if (hadFrom) tokens = tokens.slice(1);
  const leadingBy = tokens[0]?.kind === 'by';
  const trailingBy = tokens.at(-1)?.kind === 'by';
  const ranged = hadFrom || tokens.some(isSeparator);
  if (trailingBy && ranged) return rangeOrSingle(tokens.slice(0, -1), hadFrom, reference, refIso);
  if (!(leadingBy || trailingBy) || ranged) return rangeOrSingle(tokens, hadFrom, reference, refIso);
  const target = rangeOrSingle(leadingBy ? tokens.slice(1) : tokens.slice(0, -1), false, reference, refIso);
  if (!target || target.end < refIso) return null;
  return { start: refIso, end: target.end, precision: target.precision };
}

/** Parses tokens into a span relative to the reference day; null when they make no period. */
export function parseTokens(tokens: Token[], reference: Day): Span | null {
  const refIso = isoDay(reference.year, reference.month, reference.day);
  const andAt = tokens.findIndex((t) => t.kind === 'and');
  if (andAt < 0) return phrase(tokens, reference, refIso);
  const [both, b] = splitAt(tokens, andAt);
  if (b.some((t) => t.kind === 'and')) return null;
  // "between March and May": the span of March and May.
  const a = both[0]?.kind === 'from' ? both.slice(1) : both;
  const hasStructure = (part: Token[]) =>
    part.some((t) => isSeparator(t) || t.kind === 'by' || t.kind === 'from');
  if (hasStructure(a) || hasStructure(b)) {
    const first = phrase(a, reference, refIso);
    const second = first && phrase(b, reference, first.start);
    return joined(first && second ? [first, second] : null);
  }
  return joined(pair(a, b, reference, refIso));
}

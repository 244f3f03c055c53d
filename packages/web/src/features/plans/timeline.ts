import type { PeriodPrecision } from '../../api/periods';
import type { Period } from '../../api/plans-types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so no time zone shifts a day). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** One month column of the timeline: `YYYY-MM`, and its place as percentages of the whole width. */
export interface TimelineMonth {
  key: string;
  offset: number;
  width: number;
}

/** The span of a timeline, whole months from its first to its last day. */
export interface TimelineScale {
  start: string;
  end: string;
  days: number;
  months: TimelineMonth[];
}

/**
 * The months a plan's timeline spans: from the first month of the plan (or of an earlier item) to
 * the last month of the plan (or of a later item), whole months.
 */
export function timelineScale(
  planStart: string,
  planEnd: string,
  periods: readonly (Period | null)[],
): TimelineScale {
  let first = planStart;
  let last = planEnd;
  for (const period of periods) {
    if (!period) continue;
    if (period.start < first) first = period.start;
    if (period.end > last) last = period.end;
  }
  const start = `${first.slice(0, 7)}-01`;
  const [ly, lm] = last.split('-').map(Number);
  const end = isoOf(Math.round(Date.UTC(ly ?? 1970, lm ?? 1, 1) / DAY_MS) - 1);
  const from = dayNumber(start);
  const days = dayNumber(end) - from + 1;
  const months: TimelineMonth[] = [];
  let cursor = start;
  while (cursor <= end) {
    const [y, m] = cursor.split('-').map(Number);
    const next = isoOf(Math.round(Date.UTC(y ?? 1970, m ?? 1, 1) / DAY_MS));
    const length = dayNumber(next) - dayNumber(cursor);
    months.push({
      key: cursor.slice(0, 7),
      offset: ((dayNumber(cursor) - from) / days) * 100,
      width: (length / days) * 100,
    });
    cursor = next;
  }
  return { start, end, days, months };
}

/** Whether a period is only known to a part of a month, a season, a year… (drawn as a fuzzy span). */
export function isFuzzy(precision: PeriodPrecision): boolean {
  return precision !== 'day';
}

/** A bar of the timeline: left edge and width as percentages, and whether its ends are uncertain. */
export interface TimelineBar {
  left: number;
  width: number;
  fuzzy: boolean;
}

/** Where a period's bar lies on the scale (both ends inclusive), clipped to the scale; at least 0.5 % wide. */
export function barGeometry(scale: TimelineScale, period: Period): TimelineBar {
  const from = dayNumber(scale.start);
  const startDay = Math.max(dayNumber(period.start), from);
  const endDay = Math.min(dayNumber(period.end), dayNumber(scale.end));
  const left = ((startDay - from) / scale.days) * 100;
  const width = Math.max(0.5, ((endDay - startDay + 1) / scale.days) * 100);
  return { left, width: Math.min(width, 100 - left), fuzzy: isFuzzy(period.precision) };
}

/** Where `today` lies on the scale as a percentage, or `null` outside it. */
export function todayOffset(scale: TimelineScale, today: string): number | null {
  if (today < scale.start || today > scale.end) return null;
  return ((dayNumber(today) - dayNumber(scale.start) + 0.5) / scale.days) * 100;
}

/** Earliest start and latest end, both inclusive. */
export interface Span {
  start: string;
  end: string;
}

/** A node of the tree as the summary span needs it (a `TreeNode` is one). */
export interface SpanNode {
  item: { period: Period | null };
  children: readonly SpanNode[];
}

/**
 * The span an item's sub-items cover (earliest start to latest end of every descendant's period),
 * drawn as a summary bar for a parent without a period of its own; `null` when none has one.
 */
export function childrenSpan(node: { children: readonly SpanNode[] }): Span | null {
  const spans = node.children.flatMap((child) => [child.item.period, childrenSpan(child)]);
  return spans.reduce<Span | null>((acc, s) => {
    if (!s) return acc;
    if (!acc) return { start: s.start, end: s.end };
    // ISO dates compare as text.
    return { start: [s.start, acc.start].sort()[0] ?? s.start, end: [s.end, acc.end].sort()[1] ?? s.end };
  }, null);
}

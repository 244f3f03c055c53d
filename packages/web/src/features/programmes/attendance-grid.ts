import type { AttendanceMark, AttendanceSheet } from '../../api/programmes-types';

/** The marks being edited: application id → day → mark (`null`: not recorded). */
export type Grid = Record<string, Record<string, AttendanceMark | null>>;

/** The sheet's marks as an editable grid. */
export function gridFromSheet(sheet: AttendanceSheet): Grid {
  return Object.fromEntries(
    sheet.items.map((item) => [
      item.application.id,
      Object.fromEntries(sheet.days.map((d) => [d, item.days.find((x) => x.date === d)?.status ?? null])),
    ]),
  );
}

/** The grid with one cell changed (a new object; the old one is left as it was). */
export function setMark(grid: Grid, applicationId: string, day: string, mark: AttendanceMark | null): Grid {
  return { ...grid, [applicationId]: { ...grid[applicationId], [day]: mark } };
}

/** The grid with every person marked present on `day` (marks already given are kept). */
export function markAllPresent(grid: Grid, day: string): Grid {
  const next: Grid = {};
  for (const [id, days] of Object.entries(grid)) next[id] = { ...days, [day]: days[day] ?? 'present' };
  return next;
}

/** The days whose marks differ between two grids, in calendar order. */
export function changedDays(before: Grid, after: Grid): string[] {
  const days = new Set<string>();
  for (const [id, marks] of Object.entries(after))
    for (const [day, mark] of Object.entries(marks)) if ((before[id]?.[day] ?? null) !== mark) days.add(day);
  return [...days].sort();
}

/** One day's request body: who was present, absent or excused. */
export function dayBody(grid: Grid, date: string) {
  const body = { date, present: [] as string[], absent: [] as string[], excused: [] as string[] };
  for (const [id, marks] of Object.entries(grid)) {
    const mark = marks[date];
    if (mark) body[mark].push(id);
  }
  return body;
}

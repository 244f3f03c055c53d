/** Pure helpers for editors of repeated rows (names, positions, place names). */

let nextKey = 0;
/** A key for a new editor row (React needs one that survives reordering and removal). */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** A copy of `rows` in which the row at `index` has `change` merged into it. */
export function updateRow<Row>(rows: readonly Row[], index: number, change: Partial<Row>): Row[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

/** A copy of `rows` without the row at `index`. */
export function removeRow<Row>(rows: readonly Row[], index: number): Row[] {
  return rows.filter((_, i) => i !== index);
}

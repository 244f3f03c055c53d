import type { DuplicateDecision, ImportReport } from '../../api';

export type Decisions = Record<number, DuplicateDecision>;

/** The decision each duplicate row starts with: the server's suggestion, else "skip" (the safe choice). */
export function initialDecisions(report: ImportReport): Decisions {
  const decisions: Decisions = {};
  for (const row of report.rows) if (row.status === 'duplicate') decisions[row.row] = row.decision ?? 'skip';
  return decisions;
}

/** A dry-run report can be committed when no row failed and something would change or be decided. */
export function canCommit(report: ImportReport): boolean {
  const { created, updated, duplicates, errors } = report.summary;
  return errors === 0 && created + updated + duplicates > 0;
}

/**
 * The report carried by an `IMPORT_INVALID` problem (the server may put it at the top level or under
 * `report`); `null` when the body holds none.
 */
export function reportFromProblem(details: Record<string, unknown>): ImportReport | null {
  const candidate = (
    typeof details.report === 'object' && details.report !== null ? details.report : details
  ) as Partial<ImportReport>;
  return Array.isArray(candidate.rows) && typeof candidate.summary === 'object' && candidate.summary !== null
    ? (candidate as ImportReport)
    : null;
}

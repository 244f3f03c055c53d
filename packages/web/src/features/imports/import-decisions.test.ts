import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../api';
import { canCommit, initialDecisions, reportFromProblem } from './import-decisions';

const report: ImportReport = {
  dryRun: true,
  summary: { created: 1, updated: 0, unchanged: 1, duplicates: 2, errors: 0 },
  rows: [
    { row: 2, status: 'created' },
    { row: 3, status: 'duplicate', duplicateOf: { id: 'p1', label: 'Галиева Жаркынай', score: 0.93 } },
    {
      row: 4,
      status: 'duplicate',
      duplicateOf: { id: 'p2', label: 'Ömer Kocaman', score: 0.88 },
      decision: 'merge',
    },
    { row: 5, status: 'unchanged', id: 'p3' },
  ],
};

describe('import decisions', () => {
  it('start duplicates at the server suggestion or skip', () => {
    expect(initialDecisions(report)).toEqual({ 3: 'skip', 4: 'merge' });
  });

  it('allow commit only without errors and with something to do', () => {
    expect(canCommit(report)).toBe(true);
    expect(canCommit({ ...report, summary: { ...report.summary, errors: 1 } })).toBe(false);
    expect(
      canCommit({ ...report, summary: { created: 0, updated: 0, unchanged: 4, duplicates: 0, errors: 0 } }),
    ).toBe(false);
  });

  it('find the report inside an IMPORT_INVALID problem', () => {
    expect(reportFromProblem({ code: 'IMPORT_INVALID', report })).toBe(report);
    expect(reportFromProblem({ code: 'IMPORT_INVALID', ...report })?.rows).toHaveLength(4);
    expect(reportFromProblem({ code: 'IMPORT_INVALID' })).toBeNull();
  });
});

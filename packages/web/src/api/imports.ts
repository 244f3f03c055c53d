import { buildUrl, request } from './client';
import type { DuplicateDecision, ExportFormat, ImportReport, ImportType } from './registry-types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import API expects for a chosen file (by its name; CSV unless `.xlsx`). */
export function importContentType(file: Pick<File, 'name'>): string {
  return /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
}

/** Checks a file without writing anything: the per-row report of what a commit would do. */
export function dryRunImport(type: ImportType, file: File): Promise<ImportReport> {
  return request<ImportReport>(`/api/imports/${type}`, {
    method: 'POST',
    query: { commit: 'false' },
    raw: { body: file, contentType: importContentType(file) },
  });
}

/**
 * Applies a file in one transaction, with a decision per duplicate row.
 * @throws {ApiError} IMPORT_INVALID (the report is in `details.report` or the body) when any row fails.
 */
export function commitImport(
  type: ImportType,
  file: File,
  decisions: Record<number, DuplicateDecision>,
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('decisions', JSON.stringify(decisions));
  return request<ImportReport>(`/api/imports/${type}`, {
    method: 'POST',
    query: { commit: 'true' },
    raw: { body: form },
  });
}

/** The address of an export of a list with its filters (a plain download link; the cookie authorises it). */
export function exportUrl(
  type: ImportType,
  format: ExportFormat,
  filter: Record<string, string | undefined>,
): string {
  return buildUrl(`/api/exports/${type}.${format}`, filter);
}

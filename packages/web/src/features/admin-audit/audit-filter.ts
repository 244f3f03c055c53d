import type { AuditFilter } from '../../api';

/** The filter fields, in form order; the same names are used in the page URL and in the API query. */
export const FILTER_FIELDS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterValues = Record<FilterField, string>;

/** Reads the filter form values (dates as `YYYY-MM-DD`) from URL search parameters. */
export function filterFromParams(params: URLSearchParams): FilterValues {
  const values = {} as FilterValues;
  for (const field of FILTER_FIELDS) values[field] = params.get(field)?.trim() ?? '';
  return values;
}

function localDayBoundary(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const value = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

/**
 * The API query for the form values: empty fields left out; `from`/`to` dates become the start and end
 * of those days in the viewer's time zone, as ISO date-times, so "to 5 May" includes all of 5 May.
 */
export function toApiFilter(values: FilterValues): AuditFilter {
  const filter: AuditFilter = {};
  for (const field of ['actor', 'action', 'entityType', 'entityId'] as const) {
    if (values[field]) filter[field] = values[field];
  }
  const from = localDayBoundary(values.from, false);
  const to = localDayBoundary(values.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

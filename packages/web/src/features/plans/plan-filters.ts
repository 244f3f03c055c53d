import type { ItemFilter } from '../../api/plans-types';

/** The filters of a plan's items as kept in the page's address (`?responsible=&country=&status=&overdue=1`). */
export interface PlanFilterValues {
  responsible: string;
  country: string;
  status: string;
  overdue: boolean;
}

export const NO_FILTER: PlanFilterValues = { responsible: '', country: '', status: '', overdue: false };

const TEXT_KEYS = ['responsible', 'country', 'status'] as const;

/** Reads the filters from the address's query; unknown or empty values read as "no filter". */
export function filterFromParams(params: URLSearchParams): PlanFilterValues {
  const overdue = params.get('overdue');
  return {
    responsible: params.get('responsible') ?? '',
    country: params.get('country') ?? '',
    status: params.get('status') ?? '',
    overdue: overdue === '1' || overdue === 'true',
  };
}

/**
 * The query with `filter` written into it: other parameters (the view) kept, empty filters
 * removed, so the address of a filtered view can be shared.
 */
export function filterToParams(filter: PlanFilterValues, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of TEXT_KEYS) {
    if (filter[key]) params.set(key, filter[key]);
    else params.delete(key);
  }
  if (filter.overdue) params.set('overdue', '1');
  else params.delete('overdue');
  return params;
}

/** True when any filter is set (the plan is then shown as a flat list of the matches). */
export function isFiltered(filter: PlanFilterValues): boolean {
  return TEXT_KEYS.some((key) => filter[key] !== '') || filter.overdue;
}

/** The items query of the API for the filters. */
export function toItemFilter(filter: PlanFilterValues): ItemFilter {
  const query: ItemFilter = {};
  for (const key of TEXT_KEYS) if (filter[key]) query[key] = filter[key];
  if (filter.overdue) query.overdue = 'true';
  return query;
}

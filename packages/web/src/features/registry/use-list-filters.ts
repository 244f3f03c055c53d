import { useSearchParams } from 'react-router';
import { type FilterSpec, type FilterValues, filtersToParams, readFilters } from './list-filters';

/**
 * A list's filters kept in the URL: the current values, a key that changes with them (to reset the
 * form and reload), and `apply`, which writes new values and goes back to the first page.
 */
export function useListFilters(specs: readonly FilterSpec[]) {
  const [params, setParams] = useSearchParams();
  const values = readFilters(specs, params);
  const key = JSON.stringify(values);
  const apply = (next: FilterValues) => setParams(filtersToParams(specs, next));
  return { values, key, apply };
}

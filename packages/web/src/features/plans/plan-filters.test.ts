import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, isFiltered, NO_FILTER, toItemFilter } from './plan-filters';

describe('plan filters in the address', () => {
  it('reads the filters, overdue as 1 or true', () => {
    const filter = filterFromParams(new URLSearchParams('responsible=o1&status=done&overdue=1&view=tree'));
    expect(filter).toEqual({ responsible: 'o1', country: '', status: 'done', overdue: true });
    expect(filterFromParams(new URLSearchParams('overdue=true')).overdue).toBe(true);
    expect(filterFromParams(new URLSearchParams('overdue=0')).overdue).toBe(false);
  });

  it('writes them back, keeping other parameters and dropping empty ones', () => {
    const params = filterToParams(
      { ...NO_FILTER, country: 'US', overdue: true },
      new URLSearchParams('view=matrix&status=done'),
    );
    expect(params.toString()).toBe('view=matrix&country=US&overdue=1');
  });

  it('round-trips', () => {
    const filter = { responsible: 'o1', country: 'DE', status: 'planned', overdue: true };
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
  });

  it('knows when the view is filtered and builds the API query', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, overdue: true })).toBe(true);
    expect(toItemFilter({ ...NO_FILTER, status: 'done', overdue: true })).toEqual({
      status: 'done',
      overdue: 'true',
    });
  });
});

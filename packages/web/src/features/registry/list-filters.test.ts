import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersToParams,
  filtersToQuery,
  ORGANISATION_FILTERS,
  PERSON_FILTERS,
  readFilters,
} from './list-filters';

describe('registry list filters', () => {
  it('read the URL, refusing values a filter does not accept', () => {
    const values = readFilters(
      ORGANISATION_FILTERS,
      new URLSearchParams('country=DE&kind=diaspora_org&verification=maybe&community=kk&offset=40&x=1'),
    );
    expect(values).toEqual({ q: '', country: 'DE', kind: 'diaspora_org', community: 'kk', verification: '' });
  });

  it('write back only what is set, in a stable order and without the offset', () => {
    const params = filtersToParams(ORGANISATION_FILTERS, {
      verification: 'verified',
      q: ' Kazakh ',
      country: 'de',
      kind: '',
      community: 'kk',
    });
    expect(params.toString()).toBe('q=Kazakh&community=kk&verification=verified');
  });

  it('round-trip through the URL', () => {
    const values = { q: 'Галиева', organisation: '0b4c-11', country: 'KG' };
    expect(readFilters(PERSON_FILTERS, filtersToParams(PERSON_FILTERS, values))).toEqual(values);
  });

  it('give the API only the set filters and count them', () => {
    const values = { q: 'x', country: 'TR', kind: '' };
    expect(filtersToQuery(values)).toEqual({ q: 'x', country: 'TR' });
    expect(activeFilterCount(values)).toBe(1);
  });
});

import { ORGANISATION_KINDS, PLACE_KINDS, VERIFICATIONS } from '../../api';

/** One filter of a registry list: its name (the same in the page URL and the API query) and its check. */
export interface FilterSpec {
  name: string;
  /** Accepts a trimmed, non-empty value from the URL; a value it refuses is treated as absent. */
  accept: (value: string) => boolean;
}

const any = () => true;
const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);
const countryCode = (value: string) => /^[A-Z]{2}$/.test(value);
const languageCode = (value: string) => /^[a-z]{2,3}$/.test(value);

export const ORGANISATION_FILTERS: readonly FilterSpec[] = [
  { name: 'q', accept: any },
  { name: 'country', accept: countryCode },
  { name: 'kind', accept: oneOf(ORGANISATION_KINDS) },
  { name: 'community', accept: languageCode },
  { name: 'verification', accept: oneOf(VERIFICATIONS) },
];

export const PERSON_FILTERS: readonly FilterSpec[] = [
  { name: 'q', accept: any },
  { name: 'organisation', accept: (value) => /^[\w-]{1,64}$/.test(value) },
  { name: 'country', accept: countryCode },
];

export const PLACE_FILTERS: readonly FilterSpec[] = [
  { name: 'q', accept: any },
  { name: 'country', accept: countryCode },
  { name: 'kind', accept: oneOf(PLACE_KINDS) },
];

export type FilterValues = Record<string, string>;

/** The filter values in the URL: every filter present, `''` for a missing or unacceptable value. */
export function readFilters(specs: readonly FilterSpec[], params: URLSearchParams): FilterValues {
  const values: FilterValues = {};
  for (const spec of specs) {
    const raw = params.get(spec.name)?.trim() ?? '';
    values[spec.name] = raw && spec.accept(raw) ? raw : '';
  }
  return values;
}

/**
 * The URL query for filter values: empty and unacceptable values left out, in the order of `specs`.
 * The offset is left out on purpose: a new filter starts at the first page.
 */
export function filtersToParams(specs: readonly FilterSpec[], values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const spec of specs) {
    const value = values[spec.name]?.trim() ?? '';
    if (value && spec.accept(value)) params.set(spec.name, value);
  }
  return params;
}

/** The API query for filter values: only the filters that are set. */
export function filtersToQuery(values: FilterValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

/** How many filters (the text query aside) are set, for a "filters (2)" summary. */
export function activeFilterCount(values: FilterValues): number {
  return Object.entries(values).filter(([name, value]) => name !== 'q' && value !== '').length;
}

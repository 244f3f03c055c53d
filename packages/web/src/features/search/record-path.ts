import type { SearchType } from '../../api';

const SEGMENT: Record<SearchType, string> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
};

/** The app path of a registry record's page. */
export function recordPath(type: SearchType, id: string): string {
  return `/registry/${SEGMENT[type]}/${encodeURIComponent(id)}`;
}

/** The app path of the full search results for `q`. */
export function searchPath(q: string): string {
  return `/search?${new URLSearchParams({ q: q.trim() }).toString()}`;
}

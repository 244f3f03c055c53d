import { request } from './client';
import type { SearchResult, SearchType } from './registry-types';

/** Records whose stored spellings match `q` in any script, best first; visibility applies. */
export async function search(
  q: string,
  options: { types?: readonly SearchType[]; limit?: number } = {},
): Promise<SearchResult[]> {
  const body = await request<{ results: SearchResult[] }>('/api/search', {
    query: { q, types: options.types?.join(','), limit: options.limit },
  });
  return body.results;
}

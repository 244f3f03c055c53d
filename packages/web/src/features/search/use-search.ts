import { useEffect, useState } from 'react';
import { search, type SearchResult, type SearchType } from '../../api';
import { useDebouncedValue } from './use-debounced-value';

/** Shortest query worth sending: one letter matches half the registry. */
export const MIN_QUERY_LENGTH = 2;

export interface SearchState {
  results: SearchResult[];
  /** The query the results answer (trimmed), so stale results can be told apart. */
  query: string;
  loading: boolean;
  error: unknown;
}

/**
 * Results as you type: the query is debounced (200 ms by default), answers to superseded queries are
 * dropped, and nothing is sent for queries shorter than `MIN_QUERY_LENGTH`.
 */
export function useSearch(
  text: string,
  options: { types?: readonly SearchType[]; limit?: number; delay?: number } = {},
): SearchState {
  const q = useDebouncedValue(text.trim(), options.delay ?? 200);
  const typesKey = options.types?.join(',') ?? '';
  const limit = options.limit ?? 8;
  const [state, setState] = useState<SearchState>({
    results: [],
    query: '',
    loading: false,
    error: undefined,
  });

  useEffect(() => {
    if ([...q].length < MIN_QUERY_LENGTH) {
      setState({ results: [], query: q, loading: false, error: undefined });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    const types = typesKey ? (typesKey.split(',') as SearchType[]) : undefined;
    search(q, { types, limit }).then(
      (results) => current && setState({ results, query: q, loading: false, error: undefined }),
      (error: unknown) => current && setState({ results: [], query: q, loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [q, typesKey, limit]);

  return state;
}

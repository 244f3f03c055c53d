import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The list offset kept in the URL (`?offset=`), so paging survives reloads and the back button.
 * Setting it keeps the other query parameters.
 */
export function useOffsetParam(): [number, (offset: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('offset') ?? '0');
  const offset = Number.isInteger(raw) && raw > 0 ? raw : 0;
  const setOffset = useCallback(
    (next: number) =>
      setParams((current) => {
        const copy = new URLSearchParams(current);
        if (next > 0) copy.set('offset', String(next));
        else copy.delete('offset');
        return copy;
      }),
    [setParams],
  );
  return [offset, setOffset];
}

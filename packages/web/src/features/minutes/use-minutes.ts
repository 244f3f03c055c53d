import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api';
import { getMinutes, type Minutes } from '../../api/minutes';

/** The state of an event's minutes: loading, none yet (404), loaded, or failed. */
export interface MinutesState {
  minutes: Minutes | null | undefined;
  error: unknown;
  reload: () => void;
  /** Puts minutes a write returned in place, without another request. */
  replace: (minutes: Minutes) => void;
}

/** Loads the minutes of `eventId`; `null` when the event has none the caller may see. */
export function useMinutes(eventId: string): MinutesState {
  const [minutes, setMinutes] = useState<Minutes | null>();
  const [error, setError] = useState<unknown>();
  const [nonce, setNonce] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce forces a reload
  useEffect(() => {
    let current = true;
    setError(undefined);
    getMinutes(eventId).then(
      (m) => current && setMinutes(m),
      (e: unknown) => {
        if (!current) return;
        if (isApiError(e, 'NOT_FOUND')) setMinutes(null);
        else setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [eventId, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { minutes, error, reload, replace: setMinutes };
}

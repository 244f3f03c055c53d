import { useState } from 'react';

/** The state of "remove this item?" — which item is asked about, and how its removal went. */
export interface ConfirmedRemoval<T> {
  /** The item the confirmation asks about; `null` while no confirmation is open. */
  target: T | null;
  ask: (item: T) => void;
  cancel: () => void;
  confirm: () => Promise<void>;
  busy: boolean;
  /** Why the last removal failed, if it did. */
  error: unknown;
}

/**
 * Removal after a confirmation: `ask(item)` opens it, `confirm()` runs `remove(item)` and then
 * `onRemoved(item)`; a failure is kept in `error`. The confirmation closes either way.
 */
export function useConfirmedRemoval<T>(
  remove: (item: T) => Promise<void>,
  onRemoved: (item: T) => void,
): ConfirmedRemoval<T> {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function confirm() {
    if (target === null) return;
    setBusy(true);
    setError(undefined);
    try {
      await remove(target);
      onRemoved(target);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  }

  return {
    target,
    ask: (item) => {
      setError(undefined);
      setTarget(item);
    },
    cancel: () => setTarget(null),
    confirm,
    busy,
    error,
  };
}

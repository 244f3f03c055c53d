import { type RefObject, useEffect, useState } from 'react';

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
 * `onRemoved(item)`; a failure is kept in `error`. The confirmation closes either way. The button
 * that opened it is gone after a removal, so focus then moves to `focusAfter` (e.g. the heading).
 */
export function useConfirmedRemoval<T>(
  remove: (item: T) => Promise<void>,
  onRemoved: (item: T) => void,
  focusAfter?: RefObject<HTMLElement | null>,
): ConfirmedRemoval<T> {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [removals, setRemovals] = useState(0);

  // Runs after the dialog (a child of the caller) has closed and given focus back.
  useEffect(() => {
    if (removals > 0) focusAfter?.current?.focus();
  }, [removals, focusAfter]);

  async function confirm() {
    if (target === null) return;
    setBusy(true);
    setError(undefined);
    try {
      await remove(target);
      onRemoved(target);
      setRemovals((n) => n + 1);
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

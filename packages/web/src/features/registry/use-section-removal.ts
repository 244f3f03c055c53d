import { useRef, useState } from 'react';
import { useConfirmedRemoval } from './use-confirmed-removal';

/**
 * The editing state of a record's list section (contacts, relationships): a confirmed removal that
 * then focuses the section's `heading`, and one success notice for the last removal or addition.
 * `onChanged` runs after either, to load the record again.
 */
export function useSectionRemoval<T>(
  remove: (item: T) => Promise<void>,
  removedNotice: (item: T) => string,
  onChanged?: () => void,
) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const removal = useConfirmedRemoval(
    remove,
    (item) => {
      setNotice(removedNotice(item));
      onChanged?.();
    },
    heading,
  );
  return {
    heading,
    notice,
    removal,
    /** Opens the confirmation for `item`, clearing the last notice. */
    ask: (item: T) => {
      setNotice(null);
      removal.ask(item);
    },
    /** Says that an item was added (with `notice`) and reloads the record. */
    added: (addedNotice: string) => {
      setNotice(addedNotice);
      onChanged?.();
    },
  };
}

import { useParams } from 'react-router';
import { useAsync } from '../../lib/use-async';

/** Loads the record named by the `:id` route parameter with `load`, again whenever the id changes. */
export function useRecord<T>(load: (id: string) => Promise<T>) {
  const { id = '' } = useParams();
  const record = useAsync(() => load(id), [id]);
  return { id, ...record };
}

import type { AsyncState } from '../lib/use-async';
import { DataTable, type DataTableProps } from './DataTable';
import { LoadError } from './LoadError';
import { Loading } from './Loading';
import { Pagination } from './Pagination';

interface PagedTableProps<T> extends Omit<DataTableProps<T>, 'rows'> {
  /** One page of the list as loaded: its rows and the total across pages. */
  list: AsyncState<{ items: T[]; total: number }>;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
}

/**
 * One page of a server-paged list: a spinner while the first page loads, the error with a retry,
 * then the table and its pagination (the previous page stays on screen while the next loads).
 */
export function PagedTable<T>({ list, limit, offset, onOffsetChange, ...table }: PagedTableProps<T>) {
  return (
    <>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <DataTable {...table} rows={list.data.items} />
          <Pagination total={list.data.total} limit={limit} offset={offset} onChange={onOffsetChange} />
        </>
      ) : null}
    </>
  );
}

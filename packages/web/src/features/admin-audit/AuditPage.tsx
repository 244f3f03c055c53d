import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AuditEntry, listAudit } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { FILTER_FIELDS, type FilterValues, filterFromParams, toApiFilter } from './audit-filter';
import { AuditFilters } from './AuditFilters';
import { ChangeDetails } from './ChangeDetails';

const PAGE_SIZE = 25;

/** `/admin/audit`: the audit log with filters in the URL, paging and expandable before/after values. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [offset, setOffset] = useOffsetParam();
  const values = filterFromParams(params);
  const queryKey = JSON.stringify(values);
  const list = useAsync(
    () => listAudit({ limit: PAGE_SIZE, offset, ...toApiFilter(values) }),
    [offset, queryKey],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  usePageTitle(t('audit.title'));

  function handleApply(next: FilterValues) {
    const search = new URLSearchParams();
    for (const field of FILTER_FIELDS) if (next[field]) search.set(field, next[field]);
    setParams(search); // drops the offset: a new filter starts at the first page
    setExpanded(new Set());
  }

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('audit.columns.at'),
      render: (row) => <time dateTime={row.at}>{format.dateTime(row.at)}</time>,
    },
    {
      key: 'actor',
      header: t('audit.columns.actor'),
      render: (row) => row.actor?.label ?? t('audit.system'),
    },
    { key: 'action', header: t('audit.columns.action'), render: (row) => <code>{row.action}</code> },
    { key: 'entityType', header: t('audit.columns.entityType'), render: (row) => row.entityType },
    {
      key: 'entityId',
      header: t('audit.columns.entityId'),
      render: (row) => <code>{row.entityId ?? ''}</code>,
    },
    {
      key: 'details',
      header: t('audit.columns.details'),
      render: (row) => {
        const open = expanded.has(row.id);
        return (
          <button
            type="button"
            className="button button-small button-secondary"
            aria-expanded={open}
            aria-controls={`audit-details-${row.id}`}
            onClick={() => toggle(row.id)}
          >
            {open ? t('audit.hideDetails') : t('audit.showDetails')}
          </button>
        );
      },
    },
  ];

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <AuditFilters key={queryKey} initial={values} onApply={handleApply} />
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('audit.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('audit.empty')}
        testId="audit-table"
        renderExpanded={(row) =>
          expanded.has(row.id) ? <ChangeDetails id={`audit-details-${row.id}`} entry={row} /> : null
        }
      />
    </>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listOutbox, OUTBOX_STATUSES, type OutboxItem, type OutboxStatus } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';

const PAGE_SIZE = 25;

function asStatus(value: string | null): OutboxStatus | undefined {
  return OUTBOX_STATUSES.find((status) => status === value);
}

/** `/admin/outbox`: the mail the platform sent or will send; each subject opens the message. */
export function OutboxListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const statusId = useId();
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listOutbox({ limit: PAGE_SIZE, offset, status }), [offset, status]);
  usePageTitle(t('outbox.title'));

  function handleStatusChange(value: string) {
    const next = new URLSearchParams();
    const chosen = asStatus(value);
    if (chosen) next.set('status', chosen);
    setParams(next);
  }

  const columns: Column<OutboxItem>[] = [
    {
      key: 'subject',
      header: t('outbox.columns.subject'),
      render: (row) => <Link to={`/admin/outbox/${encodeURIComponent(row.id)}`}>{row.subject}</Link>,
    },
    { key: 'to', header: t('outbox.columns.to'), render: (row) => row.to },
    {
      key: 'status',
      header: t('outbox.columns.status'),
      render: (row) => (
        <span className={`status status-${row.status}`}>{t(`outbox.status.${row.status}`)}</span>
      ),
    },
    {
      key: 'attempts',
      header: t('outbox.columns.attempts'),
      render: (row) => format.number(row.attempts),
      className: 'numeric',
    },
    { key: 'created', header: t('outbox.columns.created'), render: (row) => format.dateTime(row.createdAt) },
    {
      key: 'sent',
      header: t('outbox.columns.sent'),
      render: (row) => (row.sentAt ? format.dateTime(row.sentAt) : t('outbox.notSent')),
    },
  ];

  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <div className="toolbar">
        <label htmlFor={statusId}>{t('outbox.statusFilter')}</label>
        <select id={statusId} value={status ?? ''} onChange={(e) => handleStatusChange(e.target.value)}>
          <option value="">{t('outbox.allStatuses')}</option>
          {OUTBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('outbox.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('outbox.empty')}
        testId="outbox-table"
      />
    </>
  );
}

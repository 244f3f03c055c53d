import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyMessages, type MyMessageItem } from '../../api/messages';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { myMessagePath } from './paths';

const PAGE_SIZE = 25;

/** `/me/messages`: the mail the platform queued to the caller, newest first; each subject opens it. */
export function MyMessagesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listMyMessages({ limit: PAGE_SIZE, offset }), [offset]);
  usePageTitle(t('messages.title'));

  const columns: Column<MyMessageItem>[] = [
    {
      key: 'subject',
      header: t('messages.subject'),
      render: (row) => <Link to={myMessagePath(row.id)}>{row.subject}</Link>,
    },
    { key: 'date', header: t('messages.date'), render: (row) => format.dateTime(row.createdAt) },
  ];

  return (
    <>
      <h1>{t('messages.title')}</h1>
      <p>{t('messages.intro')}</p>
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('messages.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('messages.empty')}
        testId="my-messages"
      />
    </>
  );
}

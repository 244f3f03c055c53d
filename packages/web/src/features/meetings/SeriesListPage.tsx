import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listSeries, type SeriesItem } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { VisibilityBadge } from '../registry/VisibilityBadge';
import { MeetingsTabs } from './MeetingsTabs';
import { SERIES_PATH, seriesPath } from './paths';

const PAGE_SIZE = 25;

/** `/series`: the event series with their number of meetings. */
export function SeriesListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listSeries({ limit: PAGE_SIZE, offset }), [offset]);
  usePageTitle(t('meetings.series.title'));
  const columns: Column<SeriesItem>[] = [
    {
      key: 'title',
      header: t('meetings.columns.series'),
      render: (row) => <Link to={seriesPath(row.id)}>{pickLocalized(row.title, format.language)}</Link>,
    },
    { key: 'code', header: t('meetings.columns.code'), render: (row) => row.code },
    { key: 'owner', header: t('meetings.columns.owner'), render: (row) => row.owner?.name ?? '' },
    { key: 'meetings', header: t('meetings.columns.meetings'), render: (row) => format.number(row.meetings) },
    {
      key: 'visibility',
      header: t('registry.columns.visibility'),
      render: (row) => <VisibilityBadge visibility={row.visibility} />,
    },
  ];
  return (
    <>
      <MeetingsTabs />
      <h1>{t('meetings.series.title')}</h1>
      {/* The secretariat creates series for any body, agency editors and admins for their own. */}
      {hasAnyRole(me, EDITOR_ROLES) ? (
        <p>
          <Link to={`${SERIES_PATH}/new`} className="button">
            {t('meetings.series.create')}
          </Link>
        </p>
      ) : null}
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('meetings.series.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('meetings.series.empty')}
        testId="series-table"
      />
    </>
  );
}

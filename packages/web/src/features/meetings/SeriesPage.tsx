import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getSeries, type SeriesDetail } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { RecordFallback } from '../registry/RecordFallback';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { useRecord } from '../registry/use-record';
import { VisibilityBadge } from '../registry/VisibilityBadge';
import { DecisionList } from './DecisionList';
import { EventStatusBadge } from './EventBadges';
import { useEventTitle } from './EventList';
import { EventWhenText } from './EventWhenText';
import { EVENTS_PATH, eventPath, SERIES_PATH, seriesPath } from './paths';
import { SubscribeLinks } from './SubscribeLinks';
import './meetings.css';

function SeriesView({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const eventTitle = useEventTitle();
  const title = pickLocalized(series.title, format.language);
  const description = pickLocalized(series.description, format.language);
  usePageTitle(title);
  return (
    <>
      <p className="breadcrumb">
        <Link to={SERIES_PATH}>{t('meetings.series.title')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="button-row">
        {series.canEdit ? (
          <Link to={`${seriesPath(series.id)}/edit`} className="button button-secondary">
            {t('registry.edit')}
          </Link>
        ) : null}
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to={`${EVENTS_PATH}/new?series=${encodeURIComponent(series.id)}`} className="button">
            {t('meetings.series.addMeeting')}
          </Link>
        ) : null}
      </div>
      {description ? <p className="lead">{description}</p> : null}
      <dl className="field-list section">
        <div>
          <dt>{t('meetings.columns.code')}</dt>
          <dd>{series.code}</dd>
        </div>
        {series.owner ? (
          <div>
            <dt>{t('meetings.columns.owner')}</dt>
            <dd>
              <Link to={`/registry/organisations/${encodeURIComponent(series.owner.id)}`}>
                {series.owner.name}
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('registry.columns.visibility')}</dt>
          <dd>
            <VisibilityBadge visibility={series.visibility} />
          </dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="series-meetings-heading">
        <h2 id="series-meetings-heading">{t('meetings.series.meetings')}</h2>
        {series.meetings.length === 0 ? <p className="muted">{t('meetings.series.noMeetings')}</p> : null}
        {series.meetings.map((meeting) => (
          <article key={meeting.id} className="section card" aria-labelledby={`meeting-${meeting.id}`}>
            <h3 id={`meeting-${meeting.id}`}>
              <Link to={eventPath(meeting.id)}>{eventTitle(meeting)}</Link>
            </h3>
            <p>
              <EventWhenText event={meeting} /> · <EventStatusBadge status={meeting.status} />
            </p>
            <h4>{t('meetings.decisions.heading')}</h4>
            <DecisionList decisions={meeting.decisions} />
          </article>
        ))}
      </section>
      <p>
        <Link to={`/series/${encodeURIComponent(series.id)}/decisions`}>
          {t('meetings.series.allDecisions')}
        </Link>
      </p>
      <SubscribeLinks series={{ id: series.id, name: title }} />
    </>
  );
}

/** `/series/:id`: a series with its numbered meetings and their decisions. */
export function SeriesPage() {
  const record = useRecord(getSeries);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <SeriesView series={record.data} />;
}

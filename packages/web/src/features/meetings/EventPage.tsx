import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type EventDetail, eventHistory, getEvent } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { HistorySection } from '../registry/HistorySection';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { MinutesSection } from '../minutes/MinutesSection';
import { DecisionsSection } from './DecisionsSection';
import { DelegationsSection } from './DelegationsSection';
import { EventFacts } from './EventFacts';
import { EventList, useEventTitle } from './EventList';
import { MyInvitationPanel } from './MyInvitationPanel';
import { ParticipantsSection } from './ParticipantsSection';
import { CALENDAR_PATH, EVENTS_PATH, eventPath } from './paths';
import { ProgrammeSection } from './ProgrammeSection';
import './meetings.css';

function EventView({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const eventTitle = useEventTitle();
  const title = eventTitle(event);
  const summary = pickLocalized(event.summary, format.language);
  usePageTitle(title);
  const [changes, setChanges] = useState(0);
  const handleChanged = () => {
    setChanges((n) => n + 1);
    onChanged();
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={CALENDAR_PATH}>{t('meetings.calendar.title')}</Link>
      </p>
      <h1>{title}</h1>
      {event.canEdit ? (
        <div className="button-row">
          <Link to={`${eventPath(event.id)}/edit`} className="button button-secondary">
            {t('registry.edit')}
          </Link>
          <Link
            to={`${EVENTS_PATH}/new?parent=${encodeURIComponent(event.id)}`}
            className="button button-secondary"
          >
            {t('meetings.event.addSubEvent')}
          </Link>
        </div>
      ) : null}
      {summary ? <p className="lead">{summary}</p> : null}
      {event.myInvitation ? (
        <MyInvitationPanel eventId={event.id} invitation={event.myInvitation} onChanged={handleChanged} />
      ) : null}
      <EventFacts event={event} />
      {event.subEvents.length > 0 ? (
        <section className="section" aria-labelledby="sub-events-heading">
          <h2 id="sub-events-heading">{t('meetings.event.subEvents')}</h2>
          <EventList
            caption={t('meetings.event.subEventsCaption', { title })}
            events={event.subEvents}
            testId="sub-events"
          />
        </section>
      ) : null}
      <ProgrammeSection event={event} onChanged={handleChanged} />
      <DelegationsSection event={event} onChanged={handleChanged} />
      <ParticipantsSection event={event} onChanged={handleChanged} />
      <DecisionsSection event={event} onChanged={handleChanged} />
      <MinutesSection eventId={event.id} />
      <HistorySection key={event.id} load={(page) => eventHistory(event.id, page)} version={changes} />
    </>
  );
}

/** `/events/:id`: everything the caller may see of one event, with editing for its editors. */
export function EventPage() {
  const record = useRecord((id) => getEvent(id));
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <EventView event={record.data} onChanged={record.reload} />;
}

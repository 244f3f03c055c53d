import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personParticipation } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../lib/use-async';
import { useEventTitle } from './EventList';
import { EventWhenText } from './EventWhenText';
import { eventPath } from './paths';

/** A person's participation history: "took part in 4 meetings, spoke at 2", and the meetings. */
export function PersonParticipation({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const eventTitle = useEventTitle();
  const data = useAsync(() => personParticipation(personId), [personId]);
  return (
    <section className="section" aria-labelledby="participation-heading">
      <h2 id="participation-heading">{t('meetings.participation.heading')}</h2>
      {data.loading && !data.data ? <Loading /> : null}
      {data.error ? <LoadError error={data.error} onRetry={data.reload} /> : null}
      {data.data ? (
        <>
          <p data-testid="participation-summary">
            {t('meetings.participation.summary', { events: data.data.events, spoke: data.data.spoke })}
          </p>
          <ul className="plain-list">
            {data.data.items.map((item) => (
              <li key={item.event.id}>
                <Link to={eventPath(item.event.id)}>{eventTitle(item.event)}</Link> ·{' '}
                <EventWhenText event={item.event} />
                {item.role ? ` · ${t(`meetings.participantRoles.${item.role}`)}` : ''}
                {item.speeches > 0
                  ? ` · ${t('meetings.participation.speeches', { number: item.speeches })}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

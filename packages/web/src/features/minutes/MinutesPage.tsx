import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { MinutesSection } from './MinutesSection';

/** `/events/:id/minutes`: the minutes of one event on a page of their own. */
export function MinutesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('minutes.title'));
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/events/${encodeURIComponent(id)}`}>{t('minutes.backToEvent')}</Link>
      </p>
      <MinutesSection key={id} eventId={id} headingLevel={1} />
    </>
  );
}

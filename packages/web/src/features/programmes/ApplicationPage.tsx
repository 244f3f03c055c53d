import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getApplication, getProgramme } from '../../api/programmes';
import type { Application } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { AnswerList } from './AnswerView';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { programmePath } from './paths';
import { ReviewsSection } from './ReviewsSection';

function ApplicationView({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const programme = useAsync(() => getProgramme(application.programme.id), [application.programme.id]);
  const title = pickLocalized(application.programme.title, format.language);
  usePageTitle(t('programmes.application.title', { name: application.person.name }));
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(application.programme.id)}>{title}</Link>
        {programme.data?.canEdit ? (
          <>
            {' · '}
            <Link to={`${programmePath(application.programme.id)}/applications`}>
              {t('programmes.applications.title')}
            </Link>
          </>
        ) : null}
      </p>
      <h1>{t('programmes.application.title', { name: application.person.name })}</h1>
      <p>
        <ApplicationStatusBadge status={application.status} />
        {application.submittedAt
          ? ` · ${t('programmes.mine.submittedAt', { date: format.dateTime(application.submittedAt) })}`
          : ''}
        {application.nominatedBy
          ? ` · ${t('programmes.application.nominatedBy', { name: application.nominatedBy.name })}`
          : ''}
      </p>
      <h2>{t('programmes.application.answers')}</h2>
      {programme.data ? (
        <AnswerList
          applicationId={application.id}
          questions={programme.data.call?.questions ?? []}
          answers={application.answers ?? []}
        />
      ) : null}
      <ReviewsSection programmeId={application.programme.id} applicationId={application.id} />
    </>
  );
}

/** `/applications/:id`: an application's answers and, for reviewers and organisers, its reviews. */
export function ApplicationPage() {
  const record = useRecord(getApplication);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ApplicationView application={record.data} />;
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getCriteria, getProgramme } from '../../api/programmes';
import type { ProgrammeDetail } from '../../api/programmes-types';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { CriteriaSection } from './CriteriaSection';
import { QuotasSection } from './QuotasSection';
import { programmePath } from './paths';
import { ReviewersSection } from './ReviewersSection';
import './programmes.css';

function ReviewSetup({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.reviewSetup.of', { title }));
  const criteria = useAsync(() => getCriteria(programme.id), [programme.id]);
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.reviewSetup.of', { title })}</h1>
      <ReviewersSection programmeId={programme.id} />
      <QuotasSection programmeId={programme.id} quotas={programme.quotas} />
      {criteria.error ? <LoadError error={criteria.error} onRetry={criteria.reload} /> : null}
      {criteria.data ? (
        <CriteriaSection
          programmeId={programme.id}
          criteria={criteria.data.criteria}
          onSaved={criteria.reload}
        />
      ) : criteria.error ? null : (
        <Loading />
      )}
    </>
  );
}

/** `/programmes/:id/review`: the organisers appoint the reviewers, set the quotas and the criteria. */
export function ReviewSetupPage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ReviewSetup programme={record.data} />;
}

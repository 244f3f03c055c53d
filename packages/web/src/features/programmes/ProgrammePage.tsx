import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getProgramme } from '../../api/programmes';
import type { ProgrammeDetail } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { CallStatus } from './CallStatus';
import { MY_APPLICATIONS_PATH, PROGRAMMES_PATH, applyPath, programmePath } from './paths';
import { ProgrammeFacts } from './ProgrammeFacts';
import './programmes.css';

function ApplyPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const mine = programme.myApplication;
  if (mine)
    return (
      <p data-testid="my-application">
        {t('programmes.call.mine')} <ApplicationStatusBadge status={mine.status} />{' '}
        {mine.status === 'draft' ? (
          <Link to={applyPath(programme.id)}>{t('programmes.call.continue')}</Link>
        ) : (
          <Link to={MY_APPLICATIONS_PATH}>{t('programmes.mine.title')}</Link>
        )}
      </p>
    );
  if (programme.call?.status !== 'open') return null;
  const target = applyPath(programme.id);
  return (
    <p>
      <Link to={me ? target : `/sign-in?next=${encodeURIComponent(target)}`} className="button">
        {me ? t('programmes.call.apply') : t('programmes.call.signInToApply')}
      </Link>
    </p>
  );
}

function EditorLinks({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const base = programmePath(programme.id);
  return (
    <div className="button-row">
      <Link to={`${base}/edit`} className="button button-secondary">
        {t('programmes.edit')}
      </Link>
      <Link to={`${base}/call`} className="button button-secondary">
        {t('programmes.callForm.title')}
      </Link>
      <Link to={`${base}/applications`} className="button button-secondary">
        {t('programmes.applications.title')}
      </Link>
      <Link to={`${base}/review`} className="button button-secondary">
        {t('programmes.reviewSetup.title')}
      </Link>
      <Link to={`${base}/attendance`} className="button button-secondary">
        {t('programmes.attendance.title')}
      </Link>
      <Link to={`${base}/feedback`} className="button button-secondary">
        {t('programmes.feedback.title')}
      </Link>
    </div>
  );
}

function ProgrammeView({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = pickLocalized(programme.title, format.language);
  const description = pickLocalized(programme.description, format.language);
  usePageTitle(title);
  const questions = programme.call?.questions ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to={PROGRAMMES_PATH}>{t('programmes.list.title')}</Link>
      </p>
      <h1>{title}</h1>
      {programme.canEdit ? <EditorLinks programme={programme} /> : null}
      {description ? <p className="lead">{description}</p> : null}
      <ProgrammeFacts programme={programme} />
      <section className="section" aria-labelledby="call-heading">
        <h2 id="call-heading">{t('programmes.call.title')}</h2>
        <p>
          <CallStatus call={programme.call} />
        </p>
        <ApplyPanel programme={programme} />
        {questions.length > 0 ? (
          <>
            <h3>{t('programmes.call.questions')}</h3>
            <ol>
              {questions.map((q) => (
                <li key={q.id}>
                  {pickLocalized(q.label, format.language)}
                  {q.required ? ` (${t('programmes.answer.requiredMark')})` : ''}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </>
  );
}

/** `/programmes/:id`: a programme and its call, with "Apply" while the call is open. */
export function ProgrammePage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ProgrammeView programme={record.data} />;
}

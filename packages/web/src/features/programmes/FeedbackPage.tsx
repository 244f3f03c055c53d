import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  getProgramme,
  getSurvey,
  getSurveyResults,
  listNonRespondents,
  openSurvey,
  putSurvey,
  remindNonRespondents,
  surveyResultsExportUrl,
} from '../../api/programmes';
import { QUESTION_KINDS, type ProgrammeDetail, type Survey } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { type QuestionDraft, questionsToDrafts, questionsToInput, validateQuestions } from './call-form';
import { programmePath } from './paths';
import { QuestionsEditor } from './QuestionsEditor';
import { SurveyResultsView } from './SurveyResultsView';
import './programmes.css';

const SURVEY_KINDS = QUESTION_KINDS.filter((k) => k !== 'file');

function SurveyBuilder({
  programmeId,
  survey,
  onSaved,
}: {
  programmeId: string;
  survey: Survey;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [questions, setQuestions] = useState<QuestionDraft[]>(() =>
    questionsToDrafts(survey.questions, format.language),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setNotice({ tone: 'success', text: done });
      onSaved();
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };
  const handleSave = () => {
    const found = validateQuestions(questions);
    setErrors(
      Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(`programmes.callForm.problem.${v}`)])),
    );
    if (Object.keys(found).length === 0)
      void run(
        () => putSurvey(programmeId, questionsToInput(questions, format.language)),
        t('programmes.feedback.saved'),
      );
  };
  return (
    <section className="section" aria-labelledby="survey-heading">
      <h2 id="survey-heading">{t('programmes.feedback.questions')}</h2>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <QuestionsEditor value={questions} errors={errors} onChange={setQuestions} kinds={SURVEY_KINDS} />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={handleSave}>
          {t('programmes.feedback.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={survey.questions.length === 0}
          onClick={() => run(() => openSurvey(programmeId), t('programmes.feedback.opened'))}
        >
          {t('programmes.feedback.open')}
        </button>
      </div>
    </section>
  );
}

function NonRespondents({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const list = useAsync(() => listNonRespondents(programmeId), [programmeId]);
  const [notice, setNotice] = useState<string>();
  const handleRemind = async () => {
    try {
      const result = await remindNonRespondents(programmeId);
      setNotice(t('programmes.feedback.reminded', { count: result.sent }));
    } catch (error) {
      setNotice(errorMessage(t, error));
    }
  };
  if (!list.data) return null;
  return (
    <section className="section" aria-labelledby="non-respondents-heading">
      <h2 id="non-respondents-heading">
        {t('programmes.feedback.nonRespondents', { count: list.data.total })}
      </h2>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <ul data-testid="non-respondents">
        {list.data.items.map((i) => (
          <li key={i.applicationId}>{i.person.name}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary"
        disabled={list.data.total === 0}
        onClick={handleRemind}
      >
        {t('programmes.feedback.remind')}
      </button>
    </section>
  );
}

function FeedbackView({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.feedback.of', { title }));
  const survey = useAsync(() => getSurvey(programme.id), [programme.id]);
  const open = survey.data?.status === 'open';
  const results = useAsync(
    () => (open ? getSurveyResults(programme.id) : Promise.resolve(null)),
    [programme.id, open],
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.feedback.of', { title })}</h1>
      {survey.error ? <LoadError error={survey.error} onRetry={survey.reload} /> : null}
      {!survey.data && !survey.error ? <Loading /> : null}
      {survey.data && !open ? (
        <SurveyBuilder programmeId={programme.id} survey={survey.data} onSaved={survey.reload} />
      ) : null}
      {open ? <NonRespondents programmeId={programme.id} /> : null}
      {results.data ? (
        <>
          <SurveyResultsView results={results.data} />
          <ul className="export-links" aria-label={t('programmes.feedback.export')}>
            {(['csv', 'xlsx'] as const).map((f) => (
              <li key={f}>
                <a
                  className="button button-small button-secondary"
                  href={surveyResultsExportUrl(programme.id, f, format.language)}
                  download
                >
                  {t('programmes.feedback.download', { format: f.toUpperCase() })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** `/programmes/:id/feedback`: the organiser's survey builder, then non-respondents, reminder and results. */
export function FeedbackPage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <FeedbackView programme={record.data} />;
}

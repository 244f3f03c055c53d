import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { answerSurvey, getSurvey } from '../../api/programmes';
import type { Survey } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { type AnswerState, buildAnswers, checkAnswers, splitServerErrors } from './answers';
import { MY_APPLICATIONS_PATH } from './paths';
import { QuestionField, questionControl } from './QuestionField';

function SurveyForm({
  programmeId,
  survey,
  onDone,
}: {
  programmeId: string;
  survey: Survey;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<AnswerState>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const show = (found: Record<string, string>) => {
    setErrors(found);
    const first = survey.questions.find((q) => found[q.id]);
    if (first) questionControl(first.id)?.focus();
  };
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const hints = checkAnswers(survey.questions, answers, true);
    const found = Object.fromEntries(
      Object.entries(hints).map(([id, h]) => [id, t(`programmes.answer.${h.key}`, h.values ?? {})]),
    );
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    setProblem(undefined);
    try {
      await answerSurvey(programmeId, buildAnswers(survey.questions, answers));
      onDone();
    } catch (error) {
      const split = isApiError(error)
        ? splitServerErrors(error.fieldErrors)
        : { byQuestion: {}, general: [] };
      show(split.byQuestion);
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={handleSubmit} noValidate>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {survey.questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={answers[q.id]}
          error={errors[q.id]}
          onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
        />
      ))}
      <button type="submit" className="button" disabled={busy}>
        {t('programmes.feedback.send')}
      </button>
    </form>
  );
}

/** `/programmes/:id/feedback/answer`: a participant answers the feedback survey, once. */
export function FeedbackAnswerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const survey = useAsync(() => getSurvey(id), [id]);
  usePageTitle(t('programmes.feedback.answerTitle'));
  const back = <Link to={MY_APPLICATIONS_PATH}>{t('programmes.mine.title')}</Link>;
  return (
    <>
      <p className="breadcrumb">{back}</p>
      <h1>{t('programmes.feedback.answerTitle')}</h1>
      {survey.error ? <LoadError error={survey.error} onRetry={survey.reload} /> : null}
      {!survey.data && !survey.error ? <Loading /> : null}
      {survey.data?.myResponse ? (
        <Alert tone="success">
          {t('programmes.feedback.thanks', { date: format.dateTime(survey.data.myResponse.submittedAt) })}
        </Alert>
      ) : survey.data?.status === 'draft' ? (
        <p>{t('programmes.feedback.notOpen')}</p>
      ) : survey.data ? (
        <SurveyForm programmeId={id} survey={survey.data} onDone={survey.reload} />
      ) : null}
    </>
  );
}

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import {
  createApplication,
  getApplication,
  getProgramme,
  submitApplication,
  updateApplication,
} from '../../api/programmes';
import type { ProgrammeDetail } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { type AnswerState, answersToState, buildAnswers, checkAnswers, splitServerErrors } from './answers';
import { CallStatus } from './CallStatus';
import { type Nomination, NominationFields } from './NominationFields';
import { MY_APPLICATIONS_PATH, programmePath } from './paths';
import { QuestionField, questionControl } from './QuestionField';
import './programmes.css';

function ApplyForm({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.apply.title', { title }));
  const questions = programme.call?.questions ?? [];
  const [params] = useSearchParams();
  // A draft named in the address (a nomination being finished), else the caller's own draft.
  const draftId =
    params.get('application') ??
    (programme.myApplication?.status === 'draft' ? programme.myApplication.id : null);
  const draft = useAsync(() => (draftId ? getApplication(draftId) : Promise.resolve(null)), [draftId]);
  const [applicationId, setApplicationId] = useState<string | null>(draftId);
  const [answers, setAnswers] = useState<AnswerState>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [nomination, setNomination] = useState<Nomination>({ mode: 'self', orgId: '', personId: '' });
  useEffect(() => {
    if (draft.data) setAnswers(answersToState(draft.data.answers));
  }, [draft.data]);

  const showErrors = (byQuestion: Record<string, string>, others: string[]) => {
    setErrors(byQuestion);
    setGeneral(others);
    const first = questions.find((q) => byQuestion[q.id]);
    if (first) questionControl(first.id)?.focus();
  };
  const send = async (submit: boolean) => {
    const payload = buildAnswers(questions, answers);
    if (applicationId) {
      await updateApplication(applicationId, payload);
      return submit ? submitApplication(applicationId) : null;
    }
    const nominee =
      nomination.mode === 'nominate'
        ? { personId: nomination.personId, nominatedByOrgId: nomination.orgId }
        : {};
    const created = await createApplication(programme.id, { ...nominee, answers: payload, submit });
    setApplicationId(created.id);
    return created;
  };
  const handleSave = async (submit: boolean) => {
    setSaved(false);
    const hints = checkAnswers(questions, answers, submit);
    const hinted = Object.fromEntries(
      Object.entries(hints).map(([id, h]) => [id, t(`programmes.answer.${h.key}`, h.values ?? {})]),
    );
    if (Object.keys(hinted).length > 0) return showErrors(hinted, []);
    setBusy(true);
    try {
      await send(submit);
      showErrors({}, []);
      if (submit) navigate(MY_APPLICATIONS_PATH, { state: { submitted: programme.id } });
      else setSaved(true);
    } catch (error) {
      const split = isApiError(error)
        ? splitServerErrors(error.fieldErrors)
        : { byQuestion: {}, general: [] };
      const others = split.general.map((e) => e.message);
      showErrors(
        split.byQuestion,
        others.length > 0 || Object.keys(split.byQuestion).length > 0 ? others : [errorMessage(t, error)],
      );
    } finally {
      setBusy(false);
    }
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void handleSave(true);
  };
  if (draft.loading && draftId) return <Loading />;
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.apply.title', { title })}</h1>
      <p>
        <CallStatus call={programme.call} />
      </p>
      {general.length > 0 ? (
        <Alert tone="error">
          {general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{t('programmes.apply.saved')}</Alert> : null}
      <form onSubmit={handleSubmit} noValidate>
        {applicationId ? null : <NominationFields value={nomination} onChange={setNomination} />}
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            error={errors[q.id]}
            onChange={(value) => setAnswers((prev) => ({ ...prev, [q.id]: value }))}
          />
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => handleSave(false)}
          >
            {t('programmes.apply.saveDraft')}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {t('programmes.apply.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** `/programmes/:id/apply`: the call's form, saved as a draft or submitted (the server decides). */
export function ApplyPage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ApplyForm programme={record.data} />;
}

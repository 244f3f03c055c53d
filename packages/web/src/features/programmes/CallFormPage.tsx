import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { getProgramme, putCall } from '../../api/programmes';
import type { ProgrammeDetail } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { readerTimeZone } from '../meetings/event-time';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { type CallFormValues, callToForm, formToCallInput, validateCall } from './call-form';
import { programmePath } from './paths';
import { QuestionsEditor } from './QuestionsEditor';
import './programmes.css';

function CallForm({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.callForm.of', { title }));
  const [values, setValues] = useState<CallFormValues>(() =>
    callToForm(programme, readerTimeZone(), format.language),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CallFormValues>(key: K, value: CallFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setQuestions = (update: (list: CallFormValues['questions']) => CallFormValues['questions']) =>
    setValues((v) => ({ ...v, questions: update(v.questions) }));
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateCall(values);
    setErrors(
      Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(`programmes.callForm.problem.${v}`)])),
    );
    setProblem(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await putCall(programme.id, formToCallInput(values, format.language));
      navigate(programmePath(programme.id));
    } catch (error) {
      setProblem(
        isApiError(error, 'CALL_FORM_LOCKED') ? t('programmes.callForm.locked') : errorMessage(t, error),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.callForm.of', { title })}</h1>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <form onSubmit={handleSubmit} noValidate>
        <div className="form-row">
          <DateField
            label={t('programmes.callForm.opensDate')}
            value={values.opensDate}
            onChange={(v) => set('opensDate', v)}
            error={errors.opensAt}
          />
          <TextField
            label={t('programmes.callForm.opensTime')}
            type="time"
            value={values.opensTime}
            onChange={(v) => set('opensTime', v)}
          />
          <DateField
            label={t('programmes.callForm.closesDate')}
            value={values.closesDate}
            onChange={(v) => set('closesDate', v)}
            error={errors.closesAt}
          />
          <TextField
            label={t('programmes.callForm.closesTime')}
            type="time"
            value={values.closesTime}
            onChange={(v) => set('closesTime', v)}
          />
          <TextField
            label={t('programmes.callForm.timeZone')}
            hint={t('programmes.callForm.timeZoneHint', { example: 'Asia/Baku' })}
            value={values.timeZone}
            onChange={(v) => set('timeZone', v)}
          />
        </div>
        <h2>{t('programmes.callForm.questions')}</h2>
        <QuestionsEditor value={values.questions} errors={errors} onChange={setQuestions} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('programmes.callForm.save')}
          </button>
        </div>
      </form>
    </>
  );
}

/** `/programmes/:id/call`: the call's opening and closing in the organiser's zone and its form's questions. */
export function CallFormPage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <CallForm programme={record.data} />;
}

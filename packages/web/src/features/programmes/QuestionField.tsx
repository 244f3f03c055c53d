import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../api/files';
import type { AnswerValue, Question } from '../../api/programmes-types';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { FileLink } from '../meetings/FileLink';

interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  error?: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

/** Finds a question's (first) control, for focusing the first problem. */
export const questionControl = (id: string) =>
  document.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);

function Choices({ question, value, error, onChange }: QuestionFieldProps) {
  const format = useFormat();
  const multi = question.kind === 'multi_choice';
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const label = pickLocalized(question.label, format.language);
  const handleToggle = (option: string, checked: boolean) => {
    if (!multi) onChange(option);
    else onChange(checked ? [...selected, option] : selected.filter((v) => v !== option));
  };
  return (
    <fieldset className={error ? 'field field-invalid question-options' : 'field question-options'}>
      <legend>
        {label}
        {question.required ? ' *' : ''}
      </legend>
      {question.options.map((o, i) => (
        <label key={o.value}>
          <input
            data-question={i === 0 ? question.id : undefined}
            type={multi ? 'checkbox' : 'radio'}
            name={question.id}
            checked={selected.includes(o.value)}
            onChange={(e) => handleToggle(o.value, e.target.checked)}
            aria-invalid={error ? true : undefined}
          />
          {pickLocalized(o.label, format.language)}
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

function FileInput({ value, onChange, control }: QuestionFieldProps & { control: object }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const handleFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    try {
      // No owner named: the server keeps it for the applicant's organisation, or, for an account
      // with none (an individual), as the account's personal file (ADR 0011).
      onChange((await uploadFile(file, { visibility: 'owner' })).id);
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <input {...control} type="file" disabled={busy} onChange={(e) => handleFile(e.target.files?.[0])} />
      {busy ? <p role="status">{t('programmes.answer.uploading')}</p> : null}
      {problem ? <p className="field-error">{problem}</p> : null}
      {typeof value === 'string' && value ? (
        <p>
          {t('programmes.answer.uploaded')} <FileLink id={value} />
        </p>
      ) : null}
    </>
  );
}

function Consent({ question, value, error, onChange }: QuestionFieldProps) {
  const format = useFormat();
  const errorId = `consent-${question.id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="checkbox">
        <input
          type="checkbox"
          data-question={question.id}
          checked={value === true}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {pickLocalized(question.label, format.language)}
        {question.required ? ' *' : ''}
      </label>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One question of a call's form as its control: text, choice(s), date, number, file upload or consent. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, value, error, onChange } = props;
  const format = useFormat();
  if (question.kind === 'choice' || question.kind === 'multi_choice') return <Choices {...props} />;
  if (question.kind === 'consent') return <Consent {...props} />;
  const label = `${pickLocalized(question.label, format.language)}${question.required ? ' *' : ''}`;
  const hint = pickLocalized(question.help, format.language) || undefined;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <FormField label={label} hint={hint} error={error}>
      {(field) => {
        const control = { ...field, 'data-question': question.id };
        switch (question.kind) {
          case 'long_text':
            return <textarea {...control} rows={5} value={text} onChange={(e) => onChange(e.target.value)} />;
          case 'date':
            return <input {...control} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
          case 'number':
            return (
              <input
                {...control}
                type="number"
                min={question.validation.min}
                max={question.validation.max}
                value={text}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case 'file':
            return <FileInput {...props} control={control} />;
          default:
            return <input {...control} value={text} onChange={(e) => onChange(e.target.value)} />;
        }
      }}
    </FormField>
  );
}

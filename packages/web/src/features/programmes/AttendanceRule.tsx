import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putAttendanceRule } from '../../api/programmes';
import type { AttendanceSheet } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/error-message';

/** The share of days (1–100 %) a participant must attend to count as attended (default 80). */
export function AttendanceRule({
  programmeId,
  share,
  onSaved,
}: {
  programmeId: string;
  share: number;
  onSaved: (sheet: AttendanceSheet) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(share));
  const [problem, setProblem] = useState<string>();
  const valid = /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 100;
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return setProblem(t('programmes.attendance.ruleInvalid'));
    setProblem(undefined);
    try {
      onSaved(await putAttendanceRule(programmeId, Number(value)));
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };
  return (
    <form onSubmit={handleSubmit} className="form-row">
      <p>{t('programmes.attendance.rule', { share })}</p>
      <TextField
        label={t('programmes.attendance.ruleLabel')}
        inputMode="numeric"
        value={value}
        onChange={setValue}
        error={problem}
      />
      <button type="submit" className="button button-secondary">
        {t('programmes.attendance.ruleSave')}
      </button>
      {problem && valid ? <Alert tone="error">{problem}</Alert> : null}
    </form>
  );
}

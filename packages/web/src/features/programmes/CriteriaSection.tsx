import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putCriteria } from '../../api/programmes';
import type { Criterion } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/error-message';
import { LocalizedFields } from '../meetings/LocalizedFields';
import { moveQuestion } from './call-form';
import {
  type CriterionDraft,
  criteriaToDrafts,
  criteriaToInput,
  newCriterion,
  validateCriteria,
} from './criteria-form';

/** The review criteria: label per language, weight and maximum score; fixed once a review exists. */
export function CriteriaSection({
  programmeId,
  criteria,
  onSaved,
}: {
  programmeId: string;
  criteria: Criterion[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<CriterionDraft[]>(() => criteriaToDrafts(criteria));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const update = (i: number, patch: Partial<CriterionDraft>) =>
    setDrafts((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const handleSave = async () => {
    const found = validateCriteria(drafts);
    setErrors(
      Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(`programmes.callForm.problem.${v}`)])),
    );
    if (Object.keys(found).length > 0) return;
    try {
      await putCriteria(programmeId, criteriaToInput(drafts));
      setNotice({ tone: 'success', text: t('programmes.reviewSetup.saved') });
      onSaved();
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };
  return (
    <section className="section" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('programmes.reviewSetup.criteria')}</h2>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {drafts.map((c, i) => (
        <fieldset key={c.key} className="question-editor">
          <legend>{t('programmes.reviewSetup.criterion', { n: i + 1 })}</legend>
          <LocalizedFields
            label={t('programmes.reviewSetup.label')}
            value={c.label}
            onChange={(label) => update(i, { label })}
            error={errors[`criteria.${i}.label`]}
          />
          <div className="form-row">
            <TextField
              label={t('programmes.reviewSetup.weight')}
              inputMode="decimal"
              value={c.weight}
              onChange={(weight) => update(i, { weight })}
              error={errors[`criteria.${i}.weight`]}
            />
            <TextField
              label={t('programmes.reviewSetup.maxScore')}
              inputMode="numeric"
              value={c.maxScore}
              onChange={(maxScore) => update(i, { maxScore })}
              error={errors[`criteria.${i}.maxScore`]}
            />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={i === 0}
              onClick={() => setDrafts((l) => moveQuestion(l, i, -1))}
            >
              {t('programmes.reviewSetup.up', { n: i + 1 })}
            </button>
            <button
              type="button"
              className="button button-small button-danger-outline"
              onClick={() => setDrafts((l) => l.filter((_, j) => j !== i))}
            >
              {t('programmes.reviewSetup.removeCriterion', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setDrafts((l) => [...l, newCriterion()])}
        >
          {t('programmes.reviewSetup.addCriterion')}
        </button>
        <button type="button" className="button" onClick={handleSave}>
          {t('programmes.reviewSetup.saveCriteria')}
        </button>
      </div>
    </section>
  );
}

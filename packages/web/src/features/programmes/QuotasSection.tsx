import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putQuotas } from '../../api/programmes';
import type { Quota } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/error-message';
import { newQuota, type QuotaDraft, quotasToDrafts, quotasToInput, validateQuotas } from './quotas';

/** Seats reserved per country of residence or per community, applied when the organiser decides. */
export function QuotasSection({ programmeId, quotas }: { programmeId: string; quotas: Quota[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<QuotaDraft[]>(() => quotasToDrafts(quotas));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const update = (i: number, patch: Partial<QuotaDraft>) =>
    setRows((l) => l.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const handleSave = async () => {
    const found = validateQuotas(rows);
    setErrors(
      Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(`programmes.callForm.problem.${v}`)])),
    );
    if (Object.keys(found).length > 0) return;
    try {
      await putQuotas(programmeId, quotasToInput(rows));
      setNotice({ tone: 'success', text: t('programmes.quotas.saved') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };
  return (
    <section className="section" aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">{t('programmes.quotas.title')}</h2>
      <p className="muted">{t('programmes.quotas.hint')}</p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {rows.map((r, i) => (
        <fieldset key={r.key} className="question-editor">
          <legend>{t('programmes.quotas.row', { n: i + 1 })}</legend>
          <div className="form-row">
            <SelectField
              label={t('programmes.quotas.by')}
              value={r.by}
              options={[
                { value: 'country', label: t('programmes.quotas.country') },
                { value: 'community', label: t('programmes.quotas.community') },
              ]}
              onChange={(by) => update(i, { by })}
            />
            <TextField
              label={
                r.by === 'country' ? t('programmes.applications.country') : t('programmes.quotas.community')
              }
              value={r.value}
              onChange={(value) => update(i, { value })}
              error={errors[`quotas.${i}.value`]}
            />
            <TextField
              label={t('programmes.quotas.seats')}
              inputMode="numeric"
              value={r.seats}
              onChange={(seats) => update(i, { seats })}
              error={errors[`quotas.${i}.seats`]}
            />
          </div>
          <button
            type="button"
            className="button button-small button-danger-outline"
            onClick={() => setRows((l) => l.filter((_, j) => j !== i))}
          >
            {t('programmes.quotas.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((l) => [...l, newQuota()])}
        >
          {t('programmes.quotas.add')}
        </button>
        <button type="button" className="button" onClick={handleSave}>
          {t('programmes.quotas.save')}
        </button>
      </div>
    </section>
  );
}

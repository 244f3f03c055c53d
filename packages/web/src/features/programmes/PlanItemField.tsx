import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPlanItems, listPlans } from '../../api/plans';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';

/** The action-plan item a programme fulfils: a plan, then one of its items (or none). */
export function PlanItemField({
  value,
  onChange,
}: {
  value: { id: string; label: string } | null;
  onChange: (value: { id: string; label: string } | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const plans = useAsync(() => listPlans({ limit: 50, offset: 0 }), []);
  const [planId, setPlanId] = useState('');
  const items = useAsync(() => (planId ? listPlanItems(planId) : Promise.resolve(null)), [planId]);
  return (
    <div className="form-row">
      {value && !planId ? <p>{t('programmes.form.linked', { item: value.label })}</p> : null}
      <SelectField
        label={t('programmes.form.plan')}
        value={planId}
        options={[
          { value: '', label: t('programmes.form.noPlanItem') },
          ...(plans.data?.items ?? []).map((p) => ({
            value: p.id,
            label: pickLocalized(p.title, format.language),
          })),
        ]}
        onChange={(id) => {
          setPlanId(id);
          if (!id) onChange(null);
        }}
      />
      {planId ? (
        <SelectField
          label={t('programmes.field.planItem')}
          value={value?.id ?? ''}
          options={[
            { value: '', label: t('programmes.form.noPlanItem') },
            ...(items.data?.items ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} ${pickLocalized(i.title, format.language)}`,
            })),
          ]}
          onChange={(id) => {
            const item = items.data?.items.find((i) => i.id === id);
            onChange(
              item ? { id, label: `${item.code} ${pickLocalized(item.title, format.language)}` } : null,
            );
          }}
        />
      ) : null}
    </div>
  );
}

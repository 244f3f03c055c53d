import { useTranslation } from 'react-i18next';
import { ITEM_STATUSES } from '../../api/plans-types';
import { PeriodField } from '../../components/PeriodField';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { LocalizedFields } from '../meetings/LocalizedFields';
import { RecordsField } from '../meetings/RecordsField';
import { CountriesField } from './CountriesField';
import type { ItemFormValues } from './item-form';
import { IndicatorsEditor } from './IndicatorsEditor';

interface ItemFormFieldsProps {
  values: ItemFormValues;
  set: <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) => void;
  errors: Record<string, string>;
  /** The items this one may sit under ("none" first). */
  parents: SelectOption<string>[];
  /** The plan's start: a period phrase without a year is read from it. */
  reference: string;
}

/** The fields of the item form: place in the plan, texts, bodies, where and when, state and indicators. */
export function ItemFormFields({ values, set, errors, parents, reference }: ItemFormFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <div className="form-row">
        <SelectField
          label={t('plans.form.parent')}
          value={values.parentId}
          options={parents}
          onChange={(v) => set('parentId', v)}
          error={errors.parentId}
        />
        <TextField
          label={t('plans.form.code')}
          hint={t('plans.form.codeHint')}
          value={values.code}
          onChange={(v) => set('code', v)}
          error={errors.code}
        />
      </div>
      <LocalizedFields
        label={t('plans.form.itemTitle')}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={errors[`title.${format.language}`] ?? errors.title}
      />
      <LocalizedFields
        label={t('plans.form.description')}
        value={values.description}
        onChange={(v) => set('description', v)}
        multiline
      />
      <RecordsField
        label={t('plans.item.responsible')}
        type="organisation"
        value={values.responsible}
        onChange={(v) => set('responsible', v)}
        error={errors.responsibleIds}
      />
      <RecordsField
        label={t('plans.item.supporting')}
        type="organisation"
        value={values.supporting}
        onChange={(v) => set('supporting', v)}
        error={errors.supportingIds}
      />
      <CountriesField
        label={t('plans.form.countries')}
        value={values.countries}
        onChange={(v) => set('countries', v)}
      />
      <LocalizedFields
        label={t('plans.form.region')}
        value={values.region}
        onChange={(v) => set('region', v)}
      />
      <PeriodField
        id="plan-item-period"
        label={t('plans.item.period')}
        value={values.period}
        reference={reference}
        onChange={(period) => set('period', period)}
      />
      <div className="form-row">
        <SelectField
          label={t('plans.item.status')}
          value={values.status}
          options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
          onChange={(v) => set('status', v)}
          error={errors.status}
        />
        <SelectField
          label={t('plans.form.progressMode')}
          value={values.progressMode}
          options={(['manual', 'rollup'] as const).map((m) => ({
            value: m,
            label: t(`plans.form.modes.${m}`),
          }))}
          onChange={(v) => set('progressMode', v)}
        />
        {values.progressMode === 'manual' ? (
          <TextField
            label={t('plans.form.progress')}
            inputMode="numeric"
            value={values.progress}
            onChange={(v) => set('progress', v)}
            error={errors.progress}
          />
        ) : null}
        <TextField
          label={t('plans.item.weight')}
          hint={t('plans.form.weightHint')}
          inputMode="decimal"
          value={values.weight}
          onChange={(v) => set('weight', v)}
          error={errors.weight}
        />
      </div>
      <IndicatorsEditor rows={values.indicators} onChange={(v) => set('indicators', v)} errors={errors} />
    </>
  );
}

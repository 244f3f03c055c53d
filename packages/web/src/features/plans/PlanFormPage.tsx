import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createPlan, getPlan, updatePlan } from '../../api/plans';
import type { PlanDetail } from '../../api/plans-types';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { LocalizedFields } from '../meetings/LocalizedFields';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { RecordForm, RecordFormLoader } from '../registry/RecordForm';
import { useChoices } from '../registry/use-choices';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import { EventsField } from './EventsField';
import { formToPlanInput, type PlanFormValues, planToForm, validatePlan } from './plan-form';
import { PLANS_PATH, planPath } from './paths';

function PlanForm({ existing }: { existing?: PlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { values, set } = useFormValues<PlanFormValues>(() => planToForm(existing, format.language));
  const form = useFormSubmit(
    () => validatePlan(values, format.language),
    async () => {
      const input = formToPlanInput(values);
      const saved = existing ? await updatePlan(existing.id, input) : await createPlan(input);
      navigate(planPath(saved.id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: pickLocalized(existing.title, format.language) })
    : t('plans.list.create');
  return (
    <RecordForm title={title} form={form} listPath={PLANS_PATH} recordId={existing?.id}>
      <LocalizedFields
        label={t('plans.form.title')}
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
      <div className="form-row">
        <DateField
          label={t('plans.form.periodStart')}
          value={values.periodStart}
          onChange={(v) => set('periodStart', v)}
          error={errors.periodStart}
        />
        <DateField
          label={t('plans.form.periodEnd')}
          value={values.periodEnd}
          onChange={(v) => set('periodEnd', v)}
          error={errors.periodEnd}
        />
      </div>
      <OrganisationPicker
        label={t('plans.plan.owner')}
        value={values.owner}
        onChange={(v) => set('owner', v)}
        error={errors.ownerOrgId}
      />
      <EventsField
        label={t('plans.plan.adoptedAt')}
        value={values.adoptedAt}
        onChange={(v) => set('adoptedAt', v)}
        max={1}
      />
      <SelectField
        label={t('registry.columns.visibility')}
        value={values.visibility}
        options={choices.visibilities}
        onChange={(v) => set('visibility', v)}
        error={errors.visibility}
      />
    </RecordForm>
  );
}

/** `/plans/new` and `/plans/:id/edit`: a plan's title, period, owner, visibility and where it was adopted. */
export function PlanFormPage() {
  return (
    <RecordFormLoader
      load={getPlan}
      render={(existing) => (existing ? <PlanForm key={existing.id} existing={existing} /> : <PlanForm />)}
    />
  );
}

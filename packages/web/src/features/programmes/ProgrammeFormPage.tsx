import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createProgramme, getProgramme, updateProgramme } from '../../api/programmes';
import { PROGRAMME_KINDS, PROGRAMME_STATUSES, type ProgrammeDetail } from '../../api/programmes-types';
import { DateField } from '../../components/DateField';
import { PeriodField } from '../../components/PeriodField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { LocalizedFields } from '../meetings/LocalizedFields';
import { RecordsField } from '../meetings/RecordsField';
import { CountriesField } from '../plans/CountriesField';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { RecordForm, RecordFormLoader } from '../registry/RecordForm';
import { useChoices } from '../registry/use-choices';
import { useCountries } from '../registry/use-countries';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import { PROGRAMMES_PATH, programmePath } from './paths';
import { HeldEventField } from './HeldEvent';
import { PlanItemField } from './PlanItemField';
import { formToProgrammeInput, programmeToForm, validateProgramme } from './programme-form';

function ProgrammeForm({ existing }: { existing?: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { countries } = useCountries();
  const { values, set } = useFormValues(() => programmeToForm(existing, format.language));
  const form = useFormSubmit(
    () => validateProgramme(values, format.language),
    async () => {
      const input = formToProgrammeInput(values);
      const saved = existing ? await updateProgramme(existing.id, input) : await createProgramme(input);
      navigate(programmePath(saved.id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: pickLocalized(existing.title, format.language) })
    : t('programmes.list.create');
  return (
    <RecordForm title={title} form={form} listPath={PROGRAMMES_PATH} recordId={existing?.id}>
      <SelectField
        label={t('programmes.field.kind')}
        value={values.kind}
        options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
        onChange={(v) => set('kind', v)}
      />
      <LocalizedFields
        label={t('programmes.field.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={errors[`title.${format.language}`] ?? errors.title}
      />
      <LocalizedFields
        label={t('programmes.field.description')}
        value={values.description}
        onChange={(v) => set('description', v)}
        multiline
      />
      <OrganisationPicker
        label={t('programmes.field.organiser')}
        value={values.organiser}
        onChange={(v) => set('organiser', v)}
        error={errors.organiserId}
      />
      <RecordsField
        label={t('programmes.field.supporters')}
        type="organisation"
        value={values.supporters}
        onChange={(v) => set('supporters', v)}
        error={errors.supporters}
      />
      <SelectField
        label={t('programmes.field.country')}
        value={values.countryCode}
        options={[
          { value: '', label: t('programmes.form.undecided') },
          ...countries.map((c) => ({ value: c.code, label: c.name })),
        ]}
        onChange={(v) => set('countryCode', v)}
      />
      <LocalizedFields
        label={t('programmes.form.place')}
        value={values.place}
        onChange={(v) => set('place', v)}
      />
      <PeriodField
        id="programme-period"
        label={t('programmes.field.period')}
        value={values.period}
        reference={values.startDate || new Date().toISOString().slice(0, 10)}
        onChange={(period) => set('period', period)}
      />
      <div className="form-row">
        <DateField
          label={t('programmes.field.startDate')}
          value={values.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
        <DateField
          label={t('programmes.field.endDate')}
          value={values.endDate}
          onChange={(v) => set('endDate', v)}
          error={errors.endDate}
        />
        <TextField
          label={t('programmes.field.capacity')}
          inputMode="numeric"
          value={values.capacity}
          onChange={(v) => set('capacity', v)}
          error={errors.capacity}
        />
      </div>
      <CountriesField
        label={t('programmes.field.countries')}
        value={values.countries}
        onChange={(v) => set('countries', v)}
      />
      <div className="form-row">
        <TextField
          label={t('programmes.form.communities')}
          value={values.communities}
          onChange={(v) => set('communities', v)}
        />
        <TextField
          label={t('programmes.form.ageMin')}
          inputMode="numeric"
          value={values.ageMin}
          onChange={(v) => set('ageMin', v)}
          error={errors.ageMin}
        />
        <TextField
          label={t('programmes.form.ageMax')}
          inputMode="numeric"
          value={values.ageMax}
          onChange={(v) => set('ageMax', v)}
          error={errors.ageMax}
        />
      </div>
      <PlanItemField value={values.planItem} onChange={(v) => set('planItem', v)} />
      <HeldEventField value={values.event} onChange={(v) => set('event', v)} />
      <div className="form-row">
        <SelectField
          label={t('programmes.field.status')}
          value={values.status}
          options={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programmes.programmeStatus.${s}`) }))}
          onChange={(v) => set('status', v)}
        />
        <SelectField
          label={t('registry.columns.visibility')}
          value={values.visibility}
          options={choices.visibilities}
          onChange={(v) => set('visibility', v)}
        />
      </div>
    </RecordForm>
  );
}

/** `/programmes/new` and `/programmes/:id/edit`: what a programme is, where and when, for whom. */
export function ProgrammeFormPage() {
  return (
    <RecordFormLoader
      load={getProgramme}
      render={(existing) =>
        existing ? <ProgrammeForm key={existing.id} existing={existing} /> : <ProgrammeForm />
      }
    />
  );
}

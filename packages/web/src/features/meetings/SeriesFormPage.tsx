import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createSeries, getSeries, type SeriesDetail, updateSeries } from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { RecordForm, RecordFormLoader } from '../registry/RecordForm';
import { useChoices } from '../registry/use-choices';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import { LocalizedFields } from './LocalizedFields';
import { type SeriesFormValues, toSeriesInput, validateSeries } from './series-form';
import { SERIES_PATH, seriesPath } from './paths';

function SeriesForm({ existing }: { existing?: SeriesDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { values, set } = useFormValues<SeriesFormValues>(() => ({
    code: existing?.code ?? '',
    title: existing?.title ?? {},
    description: existing?.description ?? {},
    owner: existing?.owner ?? null,
    visibility: existing?.visibility ?? 'public',
  }));
  const form = useFormSubmit(
    () => validateSeries(values, format.language),
    async () => {
      const saved = existing
        ? await updateSeries(existing.id, toSeriesInput(values))
        : await createSeries(toSeriesInput(values));
      navigate(seriesPath(saved.id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: pickLocalized(existing.title, format.language) })
    : t('meetings.series.create');
  return (
    <RecordForm title={title} form={form} listPath={SERIES_PATH} recordId={existing?.id}>
      <TextField
        label={t('meetings.columns.code')}
        hint={t('meetings.series.codeHint')}
        value={values.code}
        onChange={(code) => set('code', code.toUpperCase())}
        error={errors.code}
        autoComplete="off"
      />
      <LocalizedFields
        label={t('meetings.form.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={errors[`title.${format.language}`] ?? errors.title}
      />
      <LocalizedFields
        label={t('meetings.form.description')}
        value={values.description}
        onChange={(v) => set('description', v)}
        multiline
      />
      <p className="field-hint">{t('meetings.series.ownerHint')}</p>
      <OrganisationPicker
        label={t('meetings.columns.owner')}
        value={values.owner}
        onChange={(owner) => set('owner', owner)}
        error={errors.ownerOrgId}
      />
      <SelectField
        label={t('registry.columns.visibility')}
        value={values.visibility}
        options={choices.visibilities}
        onChange={(visibility) => set('visibility', visibility)}
        error={errors.visibility}
      />
    </RecordForm>
  );
}

/** `/series/new` and `/series/:id/edit`. */
export function SeriesFormPage() {
  return (
    <RecordFormLoader
      load={getSeries}
      render={(existing) =>
        existing ? <SeriesForm key={existing.id} existing={existing} /> : <SeriesForm />
      }
    />
  );
}

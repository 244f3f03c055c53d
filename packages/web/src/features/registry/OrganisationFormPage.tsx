import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createOrganisation,
  getOrganisation,
  ORGANISATION_KINDS,
  type OrganisationDetail,
  updateOrganisation,
} from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { COMMUNITIES } from './communities';
import { CountryField } from './CountryField';
import { NamesEditor } from './NamesEditor';
import { OrganisationPicker } from './OrganisationPicker';
import {
  formToOrganisationInput,
  type OrganisationFormValues,
  organisationToForm,
  validateOrganisation,
} from './organisation-form';
import { RecordForm, RecordFormLoader, recordPath } from './RecordForm';
import { useChoices } from './use-choices';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

const ORGANISATIONS = '/registry/organisations';

function OrganisationForm({ existing }: { existing?: OrganisationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { values, set } = useFormValues<OrganisationFormValues>(() =>
    organisationToForm(existing, format.language),
  );
  const form = useFormSubmit(
    () => validateOrganisation(values),
    async () => {
      const input = formToOrganisationInput(values);
      const saved = existing ? await updateOrganisation(existing.id, input) : await createOrganisation(input);
      navigate(recordPath(ORGANISATIONS, saved.id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: existing.name })
    : t('registry.organisations.create');

  return (
    <RecordForm title={title} form={form} listPath={ORGANISATIONS} recordId={existing?.id}>
      <div className="form-row">
        <SelectField
          label={t('registry.columns.kind')}
          value={values.kind}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`registry.kinds.${kind}`) }))}
          onChange={(kind) => set('kind', kind)}
          error={errors.kind}
        />
        <SelectField
          label={t('registry.columns.visibility')}
          value={values.visibility}
          options={choices.visibilities}
          onChange={(visibility) => set('visibility', visibility)}
          error={errors.visibility}
        />
      </div>
      <NamesEditor rows={values.names} onChange={(names) => set('names', names)} errors={errors} />
      <div className="form-row">
        <OrganisationPicker
          label={t('registry.organisation.parent')}
          value={values.parent}
          onChange={(parent) => set('parent', parent)}
          error={errors.parentId}
        />
        <CountryField
          value={values.countryCode}
          onChange={(code) => set('countryCode', code)}
          error={errors.countryCode}
        />
        <TextField
          label={t('registry.organisation.city')}
          error={errors.city}
          value={values.city}
          onChange={(city) => set('city', city)}
        />
        <TextField
          label={t('registry.organisation.website')}
          hint={t('registry.form.websiteHint', { prefix: 'https://' })}
          error={errors.website}
          type="url"
          value={values.website}
          onChange={(website) => set('website', website)}
        />
        <TextField
          label={t('registry.organisation.founded')}
          error={errors.foundedYear}
          inputMode="numeric"
          value={values.foundedYear}
          onChange={(foundedYear) => set('foundedYear', foundedYear)}
        />
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('registry.columns.communities')}</legend>
        {COMMUNITIES.map((code) => (
          <label key={code} className="checkbox">
            <input
              type="checkbox"
              checked={values.communities.includes(code)}
              onChange={(e) =>
                set(
                  'communities',
                  e.target.checked
                    ? [...values.communities, code]
                    : values.communities.filter((c) => c !== code),
                )
              }
            />
            {format.languageName(code)}
          </label>
        ))}
      </fieldset>
    </RecordForm>
  );
}

/** `/registry/organisations/new` and `/registry/organisations/:id/edit`. */
export function OrganisationFormPage() {
  return (
    <RecordFormLoader
      load={getOrganisation}
      render={(existing) =>
        existing ? <OrganisationForm key={existing.id} existing={existing} /> : <OrganisationForm />
      }
    />
  );
}

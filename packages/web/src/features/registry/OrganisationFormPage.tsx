import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  createOrganisation,
  getOrganisation,
  ORGANISATION_KINDS,
  type OrganisationDetail,
  updateOrganisation,
} from '../../api';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { COMMUNITIES } from './communities';
import { CountryField } from './CountryField';
import { NamesEditor } from './NamesEditor';
import { OrganisationPicker } from './OrganisationPicker';
import { FormSummary } from './FormSummary';
import {
  formToOrganisationInput,
  type OrganisationFormValues,
  organisationToForm,
  validateOrganisation,
} from './organisation-form';
import { RecordFallback } from './RecordFallback';
import { useChoices } from './use-choices';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

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
      navigate(`/registry/organisations/${encodeURIComponent(saved.id)}`);
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: existing.name })
    : t('registry.organisations.create');
  usePageTitle(title);

  return (
    <>
      <h1>{title}</h1>
      <form className="form card" onSubmit={form.handleSubmit} noValidate>
        <FormSummary form={form} />
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
          <FormField label={t('registry.organisation.city')} error={errors.city}>
            {(control) => (
              <input {...control} value={values.city} onChange={(e) => set('city', e.target.value)} />
            )}
          </FormField>
          <FormField
            label={t('registry.organisation.website')}
            hint={t('registry.form.websiteHint', { prefix: 'https://' })}
            error={errors.website}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                value={values.website}
                onChange={(e) => set('website', e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('registry.organisation.founded')} error={errors.foundedYear}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={values.foundedYear}
                onChange={(e) => set('foundedYear', e.target.value)}
              />
            )}
          </FormField>
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
        <div className="form-actions">
          <SubmitButton busy={form.busy} label={t('registry.form.save')} />
          <Link
            to={
              existing
                ? `/registry/organisations/${encodeURIComponent(existing.id)}`
                : '/registry/organisations'
            }
          >
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** `/registry/organisations/new` and `/registry/organisations/:id/edit`. */
export function OrganisationFormPage() {
  const { id } = useParams();
  const existing = useAsync(() => (id ? getOrganisation(id) : Promise.resolve(undefined)), [id]);
  if (!id) return <OrganisationForm />;
  if (!existing.data) return <RecordFallback error={existing.error} onRetry={existing.reload} />;
  return <OrganisationForm key={existing.data.id} existing={existing.data} />;
}

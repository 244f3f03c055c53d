import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  createPlace,
  getPlace,
  type OrganisationRef,
  PLACE_KINDS,
  type PlaceDetail,
  updatePlace,
} from '../../api';
import { FormField } from '../../components/FormField';
import { SubmitButton } from '../../components/SubmitButton';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { CountryField } from './CountryField';
import { FormSummary } from './FormSummary';
import { PlacePicker } from './OrganisationPicker';
import { PlaceNamesEditor } from './PlaceNamesEditor';
import {
  formToPlaceInput,
  type PlaceFormValues,
  placeToForm,
  primaryPlaceName,
  validatePlace,
} from './place-form';
import { RecordFallback } from './RecordFallback';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

/** The IANA zones the browser knows, offered as suggestions while typing. */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

function PlaceForm({ existing, parent }: { existing?: PlaceDetail; parent?: OrganisationRef | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { values, set } = useFormValues<PlaceFormValues>(() =>
    placeToForm(existing, format.language, parent),
  );
  const form = useFormSubmit(
    () => validatePlace(values),
    async () => {
      const input = formToPlaceInput(values);
      const saved = existing ? await updatePlace(existing.id, input) : await createPlace(input);
      navigate(`/registry/places/${encodeURIComponent(saved.id)}`);
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: primaryPlaceName(existing.names, format.language) })
    : t('registry.places.create');
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
            options={PLACE_KINDS.map((kind) => ({ value: kind, label: t(`registry.placeKinds.${kind}`) }))}
            onChange={(kind) => set('kind', kind)}
            error={errors.kind}
          />
          <CountryField
            value={values.countryCode}
            onChange={(code) => set('countryCode', code)}
            error={errors.countryCode}
          />
          <PlacePicker
            label={t('registry.place.parent')}
            value={values.parent}
            onChange={(chosen) => set('parent', chosen)}
            error={errors.parentId}
          />
        </div>
        <div className="form-row">
          <FormField
            label={t('registry.place.timeZone')}
            hint={t('registry.place.timeZoneHint', { example: 'Asia/Bishkek' })}
            error={errors.timeZone}
          >
            {(control) => (
              <input
                {...control}
                list="time-zones"
                autoComplete="off"
                spellCheck={false}
                value={values.timeZone}
                onChange={(e) => set('timeZone', e.target.value)}
              />
            )}
          </FormField>
          <datalist id="time-zones">
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <FormField
            label={t('registry.place.latitude')}
            hint={t('registry.place.latitudeHint', { example: format.number(42.87) })}
            error={errors.latitude}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={values.latitude}
                onChange={(e) => set('latitude', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={t('registry.place.longitude')}
            hint={t('registry.place.longitudeHint', { example: format.number(74.59) })}
            error={errors.longitude}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={values.longitude}
                onChange={(e) => set('longitude', e.target.value)}
              />
            )}
          </FormField>
        </div>
        <PlaceNamesEditor rows={values.names} onChange={(names) => set('names', names)} errors={errors} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} label={t('registry.form.save')} />
          <Link to={existing ? `/registry/places/${encodeURIComponent(existing.id)}` : '/registry/places'}>
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** A place with the name of the larger place it lies in, for the form's parent picker. */
async function placeWithParent(id: string, language: string) {
  const place = await getPlace(id);
  if (!place.parentId) return { place, parent: null };
  const parent = await getPlace(place.parentId);
  return { place, parent: { id: parent.id, name: primaryPlaceName(parent.names, language) } };
}

/** `/registry/places/new` and `/registry/places/:id/edit` (secretariat and agency editors). */
export function PlaceFormPage() {
  const { id } = useParams();
  const format = useFormat();
  const existing = useAsync(
    () => (id ? placeWithParent(id, format.language) : Promise.resolve(undefined)),
    [id],
  );
  if (!id) return <PlaceForm />;
  if (!existing.data) return <RecordFallback error={existing.error} onRetry={existing.reload} />;
  return (
    <PlaceForm key={existing.data.place.id} existing={existing.data.place} parent={existing.data.parent} />
  );
}

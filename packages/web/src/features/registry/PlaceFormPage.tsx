import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createPlace,
  getPlace,
  type OrganisationRef,
  PLACE_KINDS,
  type PlaceDetail,
  updatePlace,
} from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { CountryField } from './CountryField';
import { PlacePicker } from './OrganisationPicker';
import { PlaceNamesEditor } from './PlaceNamesEditor';
import {
  formToPlaceInput,
  type PlaceFormValues,
  placeToForm,
  primaryPlaceName,
  validatePlace,
} from './place-form';
import { RecordForm, RecordFormLoader, recordPath } from './RecordForm';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

const PLACES = '/registry/places';

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
      navigate(recordPath(PLACES, saved.id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: primaryPlaceName(existing.names, format.language) })
    : t('registry.places.create');

  return (
    <RecordForm title={title} form={form} listPath={PLACES} recordId={existing?.id}>
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
        <TextField
          label={t('registry.place.timeZone')}
          hint={t('registry.place.timeZoneHint', { example: 'Asia/Bishkek' })}
          error={errors.timeZone}
          list="time-zones"
          autoComplete="off"
          spellCheck={false}
          value={values.timeZone}
          onChange={(timeZone) => set('timeZone', timeZone)}
        />
        <datalist id="time-zones">
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <TextField
          label={t('registry.place.latitude')}
          hint={t('registry.place.latitudeHint', { example: format.number(42.87) })}
          error={errors.latitude}
          inputMode="decimal"
          value={values.latitude}
          onChange={(latitude) => set('latitude', latitude)}
        />
        <TextField
          label={t('registry.place.longitude')}
          hint={t('registry.place.longitudeHint', { example: format.number(74.59) })}
          error={errors.longitude}
          inputMode="decimal"
          value={values.longitude}
          onChange={(longitude) => set('longitude', longitude)}
        />
      </div>
      <PlaceNamesEditor rows={values.names} onChange={(names) => set('names', names)} errors={errors} />
    </RecordForm>
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
  const format = useFormat();
  return (
    <RecordFormLoader
      load={(id) => placeWithParent(id, format.language)}
      render={(existing) =>
        existing ? (
          <PlaceForm key={existing.place.id} existing={existing.place} parent={existing.parent} />
        ) : (
          <PlaceForm />
        )
      }
    />
  );
}

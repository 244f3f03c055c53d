import { useTranslation } from 'react-i18next';
import { getPlace, type OrganisationRef } from '../../api';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { CountryField } from '../registry/CountryField';
import { PlacePicker } from '../registry/OrganisationPicker';
import type { useFormValues } from '../registry/use-form-values';
import type { EventFormValues } from './event-form';

interface EventWhenWhereFieldsProps {
  fields: ReturnType<typeof useFormValues<EventFormValues>>;
  errors: Record<string, string>;
}

/**
 * The event form's dates and times (as the clocks at the place read them) and its place: choosing
 * a city fills in its time zone and country, which the editor may still change.
 */
export function EventWhenWhereFields({ fields, errors }: EventWhenWhereFieldsProps) {
  const { t } = useTranslation();
  const { values, set, setValues } = fields;

  async function handlePlace(place: OrganisationRef | null) {
    set('place', place);
    if (!place) return;
    const detail = await getPlace(place.id).catch(() => null);
    if (detail)
      setValues((v) => ({
        ...v,
        timeZone: detail.timeZone ?? v.timeZone,
        countryCode: v.countryCode || (detail.countryCode ?? ''),
      }));
  }

  return (
    <>
      <fieldset className="editor">
        <legend>{t('meetings.form.when')}</legend>
        <p className="field-hint">{t('meetings.form.whenHint')}</p>
        <div className="form-row">
          <DateField
            label={t('meetings.form.startDate')}
            value={values.startDate}
            onChange={(v) => set('startDate', v)}
            error={errors.startDate}
          />
          <TextField
            label={t('meetings.form.startTime')}
            type="time"
            value={values.startTime}
            onChange={(v) => set('startTime', v)}
            error={errors.startTime}
          />
          <DateField
            label={t('meetings.form.endDate')}
            value={values.endDate}
            onChange={(v) => set('endDate', v)}
            error={errors.endDate}
          />
          <TextField
            label={t('meetings.form.endTime')}
            type="time"
            value={values.endTime}
            onChange={(v) => set('endTime', v)}
            error={errors.endTime}
          />
        </div>
      </fieldset>
      <fieldset className="editor">
        <legend>{t('meetings.form.where')}</legend>
        <PlacePicker
          label={t('meetings.form.city')}
          value={values.place}
          onChange={handlePlace}
          error={errors.placeId}
        />
        <div className="form-row">
          <TextField
            label={t('meetings.form.timeZone')}
            hint={t('meetings.form.timeZoneHint')}
            value={values.timeZone}
            onChange={(v) => set('timeZone', v)}
            error={errors.timeZone}
            autoComplete="off"
          />
          <CountryField
            value={values.countryCode}
            onChange={(v) => set('countryCode', v)}
            error={errors.countryCode}
          />
        </div>
        <TextField
          label={t('meetings.form.venue')}
          value={values.venue}
          onChange={(v) => set('venue', v)}
          error={errors.venue}
        />
      </fieldset>
    </>
  );
}

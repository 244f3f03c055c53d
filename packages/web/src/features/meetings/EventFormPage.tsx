import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  createEvent,
  EVENT_KINDS,
  EVENT_ORGANISATION_ROLES,
  EVENT_STATUSES,
  type EventDetail,
  getEvent,
  type OrganisationRef,
  updateEvent,
} from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { RecordForm, RecordFormLoader } from '../registry/RecordForm';
import { RowsEditor } from '../registry/RowsEditor';
import { useChoices } from '../registry/use-choices';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import {
  emptyOrganisationRow,
  type EventFormValues,
  eventToForm,
  formToEventInput,
  validateEvent,
} from './event-form';
import { EventWhenWhereFields } from './EventWhenWhereFields';
import { LocalizedFields } from './LocalizedFields';
import { CALENDAR_PATH, EVENTS_PATH, eventPath } from './paths';
import { useSeriesOptions } from './use-series-options';

function EventForm({ existing, parent }: { existing?: EventDetail; parent?: OrganisationRef | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const [params] = useSearchParams();
  const seriesOptions = useSeriesOptions();
  const fields = useFormValues<EventFormValues>(() =>
    eventToForm(existing, format.language, { seriesId: params.get('series') ?? undefined, parent }),
  );
  const { values, set } = fields;
  const form = useFormSubmit(
    () => validateEvent(values, format.language),
    async () => {
      const input = formToEventInput(values);
      const saved = existing ? await updateEvent(existing.id, input) : await createEvent(input);
      navigate(eventPath(saved.id));
    },
  );
  const { errors } = form;

  const title = existing
    ? t('registry.form.editTitle', { name: pickLocalized(existing.title, format.language) })
    : values.parent
      ? t('meetings.events.createSub', { parent: values.parent.name })
      : t('meetings.events.create');
  return (
    <RecordForm
      title={title}
      form={form}
      listPath={existing ? EVENTS_PATH : CALENDAR_PATH}
      recordId={existing?.id}
    >
      <SelectField
        label={t('meetings.columns.kind')}
        value={values.kind}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
        onChange={(kind) => set('kind', kind)}
        error={errors.kind}
      />
      <LocalizedFields
        label={t('meetings.form.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={errors[`title.${format.language}`] ?? errors.title}
      />
      <LocalizedFields
        label={t('meetings.form.summary')}
        value={values.summary}
        onChange={(v) => set('summary', v)}
        multiline
      />
      <div className="form-row">
        <SelectField
          label={t('meetings.columns.series')}
          value={values.seriesId}
          options={[choices.none, ...seriesOptions]}
          onChange={(seriesId) => set('seriesId', seriesId)}
          error={errors.seriesId}
        />
        <TextField
          label={t('meetings.form.number')}
          hint={t('meetings.form.numberHint')}
          inputMode="numeric"
          value={values.number}
          onChange={(number) => set('number', number)}
          error={errors.number}
        />
      </div>
      {values.parent ? (
        <fieldset className="field picker">
          <legend className="field-label">{t('meetings.event.parent')}</legend>
          <p className="picker-chosen">
            <span>{values.parent.name}</span>{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => set('parent', null)}
            >
              {t('meetings.form.detachParent')}
            </button>
          </p>
        </fieldset>
      ) : null}
      <EventWhenWhereFields fields={fields} errors={errors} />
      <SelectField
        label={t('meetings.columns.status')}
        value={values.status}
        options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`meetings.statuses.${s}`) }))}
        onChange={(status) => set('status', status)}
        error={errors.status}
      />
      <RowsEditor
        legend={t('meetings.event.organisations')}
        rows={values.organisations}
        onChange={(rows) => set('organisations', rows)}
        emptyMessage={t('meetings.form.noOrganisations')}
        rowLegend={(i) => t('meetings.form.organisationRow', { number: i + 1 })}
        removeLabel={(i) => t('meetings.form.removeOrganisation', { number: i + 1 })}
        addLabel={t('meetings.form.addOrganisation')}
        newRow={emptyOrganisationRow}
        renderRow={(row, index, update) => (
          <>
            <OrganisationPicker
              label={t('registry.columns.organisation')}
              value={row.organisation}
              onChange={(organisation) => update({ organisation })}
              error={errors[`organisations.${index}.organisationId`]}
            />
            <SelectField
              label={t('meetings.form.organisationRole')}
              value={row.role}
              options={EVENT_ORGANISATION_ROLES.map((r) => ({
                value: r,
                label: t(`meetings.organisationRoles.${r}`),
              }))}
              onChange={(role) => update({ role })}
            />
          </>
        )}
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

/** A new event's form under the parent named in `?parent=`, once that parent has loaded. */
function NewEventForm() {
  const [params] = useSearchParams();
  const format = useFormat();
  const parentId = params.get('parent') ?? '';
  const parent = useAsync(() => (parentId ? getEvent(parentId) : Promise.resolve(null)), [parentId]);
  if (parentId && parent.data === undefined && !parent.error) return null;
  const ref = parent.data
    ? { id: parent.data.id, name: pickLocalized(parent.data.title, format.language) }
    : null;
  return <EventForm key={parentId} parent={ref} />;
}

/** `/events/new` (`?series=`, `?parent=` for a sub-event) and `/events/:id/edit`. */
export function EventFormPage() {
  return (
    <RecordFormLoader
      load={(id) => getEvent(id)}
      render={(existing) =>
        existing ? <EventForm key={existing.id} existing={existing} /> : <NewEventForm />
      }
    />
  );
}

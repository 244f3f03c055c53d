import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addProgrammeItem,
  type EventDetail,
  PROGRAMME_KINDS,
  type ProgrammeItem,
  updateProgrammeItem,
} from '../../api';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { CountryField } from '../registry/CountryField';
import { FormSummary } from '../registry/FormSummary';
import { OrganisationPicker, PlacePicker } from '../registry/OrganisationPicker';
import { RowsEditor } from '../registry/RowsEditor';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import { DocumentsField } from './DocumentsField';
import { LocalizedFields } from './LocalizedFields';
import { RecordsField } from './RecordsField';
import {
  emptyMediaLinkRow,
  formToProgrammeInput,
  type ProgrammeFormValues,
  programmeToForm,
  validateProgrammeItem,
} from './programme-form';

interface ProgrammeItemFormProps {
  event: EventDetail;
  /** The item being edited; a new one is added last. */
  item?: ProgrammeItem;
  heading: string;
  onSaved: (item: ProgrammeItem) => void;
  onCancel?: () => void;
}

/** Adds or edits one programme item: kind, time, title and summary per language, place visited, delegation, speakers, links, documents. */
export function ProgrammeItemForm({ event, item, heading, onSaved, onCancel }: ProgrammeItemFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { values, set, setValues } = useFormValues<ProgrammeFormValues>(() => programmeToForm(item));
  const form = useFormSubmit(
    () => validateProgrammeItem(values),
    async () => {
      const input = formToProgrammeInput(values);
      const saved = item
        ? await updateProgrammeItem(event.id, item.id, input)
        : await addProgrammeItem(event.id, input);
      if (!item) setValues(programmeToForm());
      onSaved(saved);
    },
  );
  const { errors } = form;
  const visit = values.kind === 'visit' || values.kind === 'wreath_laying';
  return (
    <form
      className="form inline-form card"
      onSubmit={form.handleSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{heading}</h3>
      <FormSummary form={form} />
      <div className="form-row">
        <SelectField
          label={t('meetings.programme.kind')}
          value={values.kind}
          options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`meetings.programmeKinds.${k}`) }))}
          onChange={(kind) => set('kind', kind)}
          error={errors.kind}
        />
        <TextField
          label={t('meetings.programme.startTime')}
          type="time"
          value={values.startTime}
          onChange={(v) => set('startTime', v)}
          error={errors.startTime}
        />
      </div>
      <LocalizedFields
        label={t('meetings.form.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={errors[`title.${format.language}`]}
      />
      <LocalizedFields
        label={t('meetings.form.summary')}
        value={values.summary}
        onChange={(v) => set('summary', v)}
        multiline
      />
      {visit || values.visitedPlace || values.visitedPlaceText ? (
        <div className="form-row">
          <PlacePicker
            label={t('meetings.programme.visitedPlace')}
            value={values.visitedPlace}
            onChange={(v) => set('visitedPlace', v)}
            error={errors.visitedPlaceId}
          />
          <TextField
            label={t('meetings.programme.visitedPlaceText')}
            value={values.visitedPlaceText}
            onChange={(v) => set('visitedPlaceText', v)}
            error={errors.visitedPlaceText}
          />
        </div>
      ) : null}
      <RecordsField
        label={t('meetings.programme.speakers')}
        value={values.speakers}
        onChange={(v) => set('speakers', v)}
        error={errors.speakers}
      />
      <fieldset className="editor">
        <legend>{t('meetings.programme.delegation')}</legend>
        <div className="form-row">
          <OrganisationPicker
            label={t('meetings.programme.delegationOrganisation')}
            value={values.delegationOrg}
            onChange={(v) => set('delegationOrg', v)}
            error={errors.delegationOrgId}
          />
          <CountryField
            value={values.delegationCountry}
            onChange={(v) => set('delegationCountry', v)}
            error={errors.delegationCountry}
          />
        </div>
      </fieldset>
      <RowsEditor
        legend={t('meetings.programme.mediaLinks')}
        rows={values.mediaLinks}
        onChange={(rows) => set('mediaLinks', rows)}
        rowLegend={(i) => t('meetings.programme.linkRow', { number: i + 1 })}
        removeLabel={(i) => t('meetings.programme.removeLink', { number: i + 1 })}
        addLabel={t('meetings.programme.addLink')}
        newRow={emptyMediaLinkRow}
        renderRow={(row, index, update) => (
          <>
            <TextField
              label={t('meetings.programme.linkUrl')}
              hint={t('meetings.programme.linkHint')}
              type="url"
              value={row.url}
              onChange={(url) => update({ url })}
              error={errors[`mediaLinks.${index}.url`]}
            />
            <TextField
              label={t('meetings.programme.linkLabel')}
              value={row.label}
              onChange={(label) => update({ label })}
            />
          </>
        )}
      />
      <DocumentsField
        value={values.documents}
        onChange={(v) => set('documents', v)}
        target={{
          visibility: event.visibility,
          ...(item ? { entityType: 'programme_item', entityId: item.id } : {}),
        }}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={item ? t('registry.form.save') : t('meetings.programme.add')} />
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

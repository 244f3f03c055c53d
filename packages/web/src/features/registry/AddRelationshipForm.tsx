import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addRelationship, type OrganisationRef, RELATIONSHIP_KINDS } from '../../api';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { FormSummary } from './FormSummary';
import { OrganisationPicker } from './OrganisationPicker';
import {
  emptyRelationship,
  formToRelationshipInput,
  type RelationshipFormValues,
  validateRelationship,
} from './relationship-form';
import { useFormSubmit } from './use-form-submit';

interface AddRelationshipFormProps {
  organisation: OrganisationRef;
  /** Called once the server has the new relationship. */
  onAdded: () => void;
}

/** A typed, dated relationship of `organisation` to another one, chosen by searching its names. */
export function AddRelationshipForm({ organisation, onAdded }: AddRelationshipFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RelationshipFormValues>(emptyRelationship);
  const set = <K extends keyof RelationshipFormValues>(key: K, value: RelationshipFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const form = useFormSubmit(
    () => validateRelationship(values, organisation.id),
    async () => {
      await addRelationship(organisation.id, formToRelationshipInput(values));
      setValues(emptyRelationship());
      onAdded();
    },
  );
  const { errors } = form;

  return (
    <form
      className="form inline-form"
      onSubmit={form.handleSubmit}
      noValidate
      aria-labelledby="add-relationship-heading"
    >
      <h3 id="add-relationship-heading">{t('registry.relationships.addHeading')}</h3>
      <FormSummary form={form} />
      <div className="form-row">
        <SelectField
          label={t('registry.relationships.kind')}
          hint={t('registry.relationships.kindHint')}
          value={values.kind}
          options={RELATIONSHIP_KINDS.map((kind) => ({
            value: kind,
            label: t(`registry.relationships.outgoing.${kind}`),
          }))}
          onChange={(kind) => set('kind', kind)}
          error={errors.kind}
        />
        <OrganisationPicker
          label={t('registry.relationships.other')}
          value={values.organisation}
          onChange={(other) => set('organisation', other)}
          error={errors.organisationId}
        />
        <FormField label={t('registry.form.from')} error={errors.fromDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.fromDate}
              onChange={(e) => set('fromDate', e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('registry.form.to')} error={errors.toDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.toDate}
              onChange={(e) => set('toDate', e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('registry.relationships.note')} error={errors.note}>
          {(control) => (
            <input {...control} value={values.note} onChange={(e) => set('note', e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t('form.saving') : t('registry.relationships.add')}
        </button>
      </div>
    </form>
  );
}

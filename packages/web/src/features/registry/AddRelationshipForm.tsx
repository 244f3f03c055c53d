import { useTranslation } from 'react-i18next';
import { addRelationship, type OrganisationRef, RELATIONSHIP_KINDS } from '../../api';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { InlineForm } from './InlineForm';
import { OrganisationPicker } from './OrganisationPicker';
import {
  emptyRelationship,
  formToRelationshipInput,
  type RelationshipFormValues,
  validateRelationship,
} from './relationship-form';
import { useAddForm } from './use-add-form';

interface AddRelationshipFormProps {
  organisation: OrganisationRef;
  /** Called once the server has the new relationship. */
  onAdded: () => void;
}

/** A typed, dated relationship of `organisation` to another one, chosen by searching its names. */
export function AddRelationshipForm({ organisation, onAdded }: AddRelationshipFormProps) {
  const { t } = useTranslation();
  const { values, set, form } = useAddForm<RelationshipFormValues>(
    emptyRelationship,
    (values) => validateRelationship(values, organisation.id),
    (values) => addRelationship(organisation.id, formToRelationshipInput(values)),
    onAdded,
  );
  const { errors } = form;

  return (
    <InlineForm
      heading={t('registry.relationships.addHeading')}
      submitLabel={t('registry.relationships.add')}
      form={form}
    >
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
      <DateField
        label={t('registry.form.from')}
        value={values.fromDate}
        onChange={(fromDate) => set('fromDate', fromDate)}
        error={errors.fromDate}
      />
      <DateField
        label={t('registry.form.to')}
        value={values.toDate}
        onChange={(toDate) => set('toDate', toDate)}
        error={errors.toDate}
      />
      <TextField
        label={t('registry.relationships.note')}
        error={errors.note}
        value={values.note}
        onChange={(note) => set('note', note)}
      />
    </InlineForm>
  );
}

import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactInput, type Visibility } from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import {
  type ContactFormValues,
  contactInputType,
  emptyContact,
  formToContactInput,
  validateContact,
} from './contact-form';
import { InlineForm } from './InlineForm';
import { useAddForm } from './use-add-form';
import { useChoices } from './use-choices';

interface AddContactFormProps {
  /** The visibility a new contact starts with. */
  defaultVisibility: Visibility;
  /** Says who will see the contact (people's contacts are personal data). */
  visibilityHint?: string | undefined;
  add: (input: ContactInput) => Promise<unknown>;
  /** Called once the server has the new contact. */
  onAdded: () => void;
}

/** Kind, value, optional label and visibility of a new contact of a person or organisation. */
export function AddContactForm({ defaultVisibility, visibilityHint, add, onAdded }: AddContactFormProps) {
  const { t } = useTranslation();
  const choices = useChoices();
  const { values, set, form } = useAddForm<ContactFormValues>(
    () => emptyContact(defaultVisibility),
    validateContact,
    (values) => add(formToContactInput(values)),
    onAdded,
  );
  const { errors } = form;

  return (
    <InlineForm
      heading={t('registry.contacts.addHeading')}
      submitLabel={t('registry.contacts.add')}
      form={form}
    >
      <SelectField
        label={t('registry.contacts.kind')}
        value={values.kind}
        options={CONTACT_KINDS.map((kind) => ({
          value: kind,
          label: t(`registry.contacts.kinds.${kind}`),
        }))}
        onChange={(kind) => set('kind', kind)}
        error={errors.kind}
      />
      <TextField
        label={t('registry.contacts.value')}
        hint={values.kind === 'website' ? t('registry.form.websiteHint', { prefix: 'https://' }) : undefined}
        error={errors.value}
        type={contactInputType(values.kind)}
        autoComplete="off"
        value={values.value}
        onChange={(value) => set('value', value)}
      />
      <TextField
        label={t('registry.contacts.label')}
        hint={t('registry.contacts.labelHint')}
        error={errors.label}
        value={values.label}
        onChange={(label) => set('label', label)}
      />
      <SelectField
        label={t('registry.columns.visibility')}
        hint={visibilityHint}
        value={values.visibility}
        options={choices.visibilities}
        onChange={(visibility) => set('visibility', visibility)}
        error={errors.visibility}
      />
    </InlineForm>
  );
}

import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactInput, type Visibility } from '../../api';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import {
  type ContactFormValues,
  contactInputType,
  emptyContact,
  formToContactInput,
  validateContact,
} from './contact-form';
import { InlineForm } from './InlineForm';
import { useChoices } from './use-choices';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

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
  const { values, set, setValues } = useFormValues<ContactFormValues>(() => emptyContact(defaultVisibility));
  const form = useFormSubmit(
    () => validateContact(values),
    async () => {
      await add(formToContactInput(values));
      setValues(emptyContact(defaultVisibility));
      onAdded();
    },
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
      <FormField
        label={t('registry.contacts.value')}
        hint={values.kind === 'website' ? t('registry.form.websiteHint', { prefix: 'https://' }) : undefined}
        error={errors.value}
      >
        {(control) => (
          <input
            {...control}
            type={contactInputType(values.kind)}
            autoComplete="off"
            value={values.value}
            onChange={(e) => set('value', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t('registry.contacts.label')}
        hint={t('registry.contacts.labelHint')}
        error={errors.label}
      >
        {(control) => (
          <input {...control} value={values.label} onChange={(e) => set('label', e.target.value)} />
        )}
      </FormField>
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

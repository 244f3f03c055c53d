import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { MIN_PASSWORD_LENGTH } from '../../lib/validation';

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  passwordLabel: string;
  confirmLabel: string;
  errors: { password?: string; confirm?: string };
}

/** "New password" and "repeat it" fields with the length hint; used by reset, invitation and account. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        label={props.passwordLabel}
        hint={t('form.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        error={props.errors.password}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="new-password"
            autoComplete="new-password"
            required
            value={props.password}
            onChange={(e) => props.onPasswordChange(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={props.confirmLabel} error={props.errors.confirm}>
        {(control) => (
          <input
            {...control}
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            required
            value={props.confirm}
            onChange={(e) => props.onConfirmChange(e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}

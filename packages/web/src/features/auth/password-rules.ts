import type { TFunction } from 'i18next';
import { isLongEnoughPassword, MIN_PASSWORD_LENGTH } from '../../lib/validation';

/** Translated errors for a new password and its repetition; empty object when both are fine. */
export function checkNewPassword(t: TFunction, password: string, confirm: string) {
  const errors: { password?: string; confirm?: string } = {};
  if (!password) errors.password = t('form.required');
  else if (!isLongEnoughPassword(password))
    errors.password = t('form.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  if (!confirm) errors.confirm = t('form.required');
  else if (password && confirm !== password) errors.confirm = t('form.passwordsDiffer');
  return errors;
}

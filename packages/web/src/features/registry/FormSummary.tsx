import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';
import type { FormSubmit } from './use-form-submit';

/** What stopped the last submit of a form: the server's answer, or the form's own checks. */
export function FormSummary({ form }: { form: Pick<FormSubmit, 'invalid' | 'serverError'> }) {
  const { t } = useTranslation();
  if (form.serverError) return <Alert tone="error">{errorMessage(t, form.serverError)}</Alert>;
  if (form.invalid) return <Alert tone="error">{t('errors.codes.VALIDATION_FAILED')}</Alert>;
  return null;
}

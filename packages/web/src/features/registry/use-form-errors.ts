import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../lib/error-message';
import type { FormProblems } from './organisation-form';

/** The messages to show: the form's own problems first, then the server's per-field errors. */
export function useFormErrors(problems: FormProblems, serverError: unknown): Record<string, string> {
  const { t } = useTranslation();
  const messages: Record<string, string> = { ...fieldErrorsByPath(t, serverError) };
  for (const [path, problem] of Object.entries(problems)) {
    messages[path] =
      problem === 'required'
        ? t('form.required')
        : problem === 'dateOrder'
          ? t('form.dateOrder')
          : t('form.invalidValue');
  }
  return messages;
}

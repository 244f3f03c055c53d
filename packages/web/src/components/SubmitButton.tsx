import { useTranslation } from 'react-i18next';

/** A form's submit button: disabled and saying "Saving…" while `busy`. */
export function SubmitButton({ busy, label }: { busy: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button" disabled={busy}>
      {busy ? t('form.saving') : label}
    </button>
  );
}

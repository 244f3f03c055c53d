import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';

interface SectionNoticesProps {
  /** What the last addition or removal did. */
  notice: string | null;
  /** Why the last removal failed, if it did. */
  error: unknown;
}

/** The outcome of the last change to a record's list section, above the list. */
export function SectionNotices({ notice, error }: SectionNoticesProps) {
  const { t } = useTranslation();
  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
    </>
  );
}

interface RemoveItemButtonProps {
  /** The button's accessible name, naming the item ("Remove contact x@y.org"). */
  label: string;
  onClick: () => void;
}

/** The small "Remove" button after an item of a record's list section, set off by a space. */
export function RemoveItemButton({ label, onClick }: RemoveItemButtonProps) {
  const { t } = useTranslation();
  return (
    <>
      {' '}
      <button
        type="button"
        className="button button-small button-danger-outline"
        aria-label={label}
        onClick={onClick}
      >
        {t('registry.form.remove')}
      </button>
    </>
  );
}

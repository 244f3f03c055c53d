import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { ConfirmedRemoval } from './use-confirmed-removal';

interface RemovalDialogProps<T> {
  removal: ConfirmedRemoval<T>;
  title: string;
  /** The question, naming the item `removal.target` (unset while the dialog is closed). */
  body: (target: T | null) => string;
}

/** "Remove this item?" for a `useConfirmedRemoval`: open while it asks, Remove confirms. */
export function RemovalDialog<T>({ removal, title, body }: RemovalDialogProps<T>) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={removal.target !== null}
      title={title}
      body={body(removal.target)}
      confirmLabel={t('registry.form.remove')}
      busy={removal.busy}
      onConfirm={removal.confirm}
      onCancel={removal.cancel}
    />
  );
}

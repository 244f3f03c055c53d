import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Minutes, type MinutesStep, stepMinutes } from '../../api/minutes';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface MinutesActionsProps {
  minutes: Minutes;
  onEdit: () => void;
  onDone: (minutes: Minutes, message: string) => void;
  onError: (error: unknown) => void;
}

const STEPS: MinutesStep[] = ['circulate', 'adopt', 'lock'];

/** The editors' buttons: edit the text, and circulate, adopt or lock — each step confirmed first. */
export function MinutesActions({ minutes, onEdit, onDone, onError }: MinutesActionsProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<MinutesStep | null>(null);
  const [busy, setBusy] = useState(false);
  const steps = STEPS.filter((s) => minutes.can[s]);
  if (!minutes.can.edit && steps.length === 0) return null;

  const handleConfirm = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      onDone(await stepMinutes(minutes.id, asking, minutes.version), t(`minutes.done.${asking}`));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  return (
    <div className="button-row">
      {minutes.can.edit ? (
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t('minutes.actions.edit')}
        </button>
      ) : null}
      {steps.map((step) => (
        <button key={step} type="button" className="button" onClick={() => setAsking(step)}>
          {t(`minutes.actions.${step}`)}
        </button>
      ))}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`minutes.confirm.${asking}Title`) : ''}
        body={asking ? t(`minutes.confirm.${asking}Body`) : ''}
        confirmLabel={asking ? t(`minutes.actions.${asking}`) : ''}
        busy={busy}
        onConfirm={() => void handleConfirm()}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

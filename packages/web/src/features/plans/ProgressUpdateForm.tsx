import { useTranslation } from 'react-i18next';
import { postProgressUpdate } from '../../api/plans';
import { ITEM_STATUSES, type PlanItemDetail } from '../../api/plans-types';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { LocalizedFields } from '../meetings/LocalizedFields';
import { InlineForm } from '../registry/InlineForm';
import { useAddForm } from '../registry/use-add-form';
import { EventsField } from './EventsField';
import { progressSource } from './progress';
import { emptyUpdate, updateInput, validateUpdate } from './update-form';

/**
 * "Post a progress update" for those who may (the server says so with `canUpdate`): date (today),
 * text, new progress and status, optionally an event as evidence. Once posted, `onPosted` reloads
 * the item (its progress, its ancestors' roll-up, the timeline); the page keys this form by the
 * item's number of updates, so it starts again from the new progress.
 */
export function ProgressUpdateForm({ item, onPosted }: { item: PlanItemDetail; onPosted: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { values, set, form } = useAddForm(
    () => emptyUpdate(item, item.children.length),
    (v) => validateUpdate(v, format.language),
    (v) => postProgressUpdate(item.id, updateInput(v)),
    onPosted,
  );
  return (
    <div className="plan-update-form">
      <InlineForm heading={t('plans.updates.formHeading')} submitLabel={t('plans.updates.post')} form={form}>
        <DateField
          label={t('plans.updates.date')}
          value={values.date}
          onChange={(v) => set('date', v)}
          error={form.errors.date}
        />
        <TextField
          label={t('plans.updates.progress')}
          hint={
            progressSource(item, item.children.length) === 'rollup'
              ? t('plans.updates.progressHintRollup', { value: format.number(item.progress) })
              : t('plans.updates.progressHint')
          }
          inputMode="numeric"
          value={values.progress}
          onChange={(v) => set('progress', v)}
          error={form.errors.progress}
        />
        <SelectField
          label={t('plans.item.status')}
          value={values.status}
          options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
          onChange={(v) => set('status', v)}
          error={form.errors.status}
        />
        <LocalizedFields
          label={t('plans.updates.text')}
          value={values.text}
          onChange={(v) => set('text', v)}
          multiline
          error={form.errors[`text.${format.language}`] ?? form.errors.text}
        />
        <EventsField
          label={t('plans.evidence.events')}
          value={values.evidence}
          onChange={(v) => set('evidence', v)}
        />
      </InlineForm>
    </div>
  );
}

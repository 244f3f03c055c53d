import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  addDecision,
  DECISION_STATUSES,
  type Decision,
  type DecisionStatus,
  type EventDetail,
  updateDecision,
} from '../../api';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { InlineForm } from '../registry/InlineForm';
import { SectionNotices } from '../registry/SectionNotices';
import { useAddForm } from '../registry/use-add-form';
import { DecisionList } from './DecisionList';
import { decisionInput, emptyDecision, validateDecision } from './decision-form';
import { LocalizedFields } from './LocalizedFields';
import { RecordsField } from './RecordsField';

/** The meeting's numbered decisions; editors add more (the server gives each the next number). */
export function DecisionsSection({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [statusError, setStatusError] = useState<unknown>();
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
    onChanged();
  };
  const { values, set, form } = useAddForm(
    emptyDecision,
    (v) => validateDecision(v, format.language),
    (v) => addDecision(event.id, decisionInput(v)),
    () => changed(t('meetings.decisions.added')),
  );
  async function handleStatus(decision: Decision, status: DecisionStatus) {
    setStatusError(undefined);
    try {
      await updateDecision(event.id, decision.id, { status });
      changed(t('meetings.decisions.statusSaved', { reference: decision.reference }));
    } catch (e) {
      setStatusError(e);
    }
  }

  return (
    <section className="section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('meetings.decisions.heading')}</h2>
      <SectionNotices notice={notice} error={statusError} />
      <DecisionList
        decisions={event.decisions}
        testId="decisions"
        onStatus={event.canEdit ? handleStatus : undefined}
      />
      {event.canEdit ? (
        <InlineForm
          heading={t('meetings.decisions.addHeading')}
          submitLabel={t('meetings.decisions.add')}
          form={form}
        >
          <LocalizedFields
            label={t('meetings.decisions.text')}
            value={values.text}
            onChange={(v) => set('text', v)}
            multiline
            error={form.errors[`text.${format.language}`] ?? form.errors.text}
          />
          <RecordsField
            label={t('meetings.decisions.responsible')}
            type="organisation"
            value={values.responsible}
            onChange={(v) => set('responsible', v)}
            error={form.errors.responsibleBodyIds}
          />
          <LocalizedFields
            label={t('meetings.decisions.dueText')}
            value={values.dueText}
            onChange={(v) => set('dueText', v)}
          />
          <DateField
            label={t('meetings.decisions.dueFrom')}
            value={values.dueFrom}
            onChange={(v) => set('dueFrom', v)}
            error={form.errors.dueFrom}
          />
          <DateField
            label={t('meetings.decisions.dueTo')}
            value={values.dueTo}
            onChange={(v) => set('dueTo', v)}
            error={form.errors.dueTo}
          />
          <SelectField
            label={t('meetings.columns.status')}
            value={values.status}
            options={DECISION_STATUSES.map((s) => ({ value: s, label: t(`meetings.decisionStatuses.${s}`) }))}
            onChange={(v) => set('status', v)}
          />
        </InlineForm>
      ) : null}
    </section>
  );
}

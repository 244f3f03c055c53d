import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addParticipant,
  ATTENDANCE_STATES,
  type AttendanceState,
  deleteParticipant,
  type EventDetail,
  PARTICIPANT_ROLES,
  type Participant,
  updateParticipant,
} from '../../api';
import { Alert } from '../../components/Alert';
import { type Column, DataTable } from '../../components/DataTable';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { InlineForm } from '../registry/InlineForm';
import { RemovalDialog } from '../registry/RemovalDialog';
import { RemoveItemButton, SectionNotices } from '../registry/SectionNotices';
import { useAddForm } from '../registry/use-add-form';
import { useChoices } from '../registry/use-choices';
import { useSectionRemoval } from '../registry/use-section-removal';
import { useDelegationName } from './DelegationsSection';
import { emptyParticipant, participantInput, validateParticipant } from './participation-form';
import { InvitationControls } from './InvitationControls';
import { RecordsField } from './RecordsField';

/**
 * The participants with their delegation and role, invitation and answer, and attendance. Editors
 * add and remove them, send invitations (queued mail), record answers and attendance.
 */
export function ParticipantsSection({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const choices = useChoices();
  const delegationName = useDelegationName();
  const [actionError, setActionError] = useState<unknown>();
  const section = useSectionRemoval(
    (p: Participant) => deleteParticipant(event.id, p.id),
    (p) => t('meetings.participants.removed', { name: p.person.name }),
    onChanged,
  );
  const { values, set, form } = useAddForm(
    emptyParticipant,
    validateParticipant,
    (v) => addParticipant(event.id, participantInput(v)),
    () => section.added(t('meetings.participants.added')),
  );
  const delegationOf = (id: string | null) => event.delegations.find((d) => d.id === id);

  async function act(run: () => Promise<unknown>, notice: string) {
    setActionError(undefined);
    try {
      await run();
      section.added(notice);
    } catch (e) {
      setActionError(e);
    }
  }

  const columns: Column<Participant>[] = [
    {
      key: 'person',
      header: t('meetings.participants.person'),
      render: (p) => <Link to={`/registry/people/${encodeURIComponent(p.person.id)}`}>{p.person.name}</Link>,
    },
    {
      key: 'delegation',
      header: t('meetings.participants.delegation'),
      render: (p) => {
        const d = delegationOf(p.delegationId);
        return d ? delegationName(d) : '';
      },
    },
    {
      key: 'role',
      header: t('meetings.participants.role'),
      render: (p) => t(`meetings.participantRoles.${p.role}`),
    },
    {
      key: 'invitation',
      header: t('meetings.participants.invitation'),
      render: (p) => (
        <>
          {p.invitation ? t(`meetings.rsvp.${p.invitation}`) : t('meetings.participants.notInvited')}
          {p.respondedAt ? <span className="muted"> · {format.dateTime(p.respondedAt)}</span> : null}
          {event.canEdit ? <InvitationControls eventId={event.id} participant={p} act={act} /> : null}
        </>
      ),
    },
    {
      key: 'attendance',
      header: t('meetings.participants.attendance'),
      render: (p) =>
        event.canEdit ? (
          <select
            aria-label={t('meetings.participants.attendanceLabel', { name: p.person.name })}
            value={p.attendance ?? ''}
            onChange={(e) =>
              act(
                () =>
                  updateParticipant(event.id, p.id, {
                    attendance: (e.target.value || null) as AttendanceState | null,
                  }),
                t('meetings.participants.attendanceSaved', { name: p.person.name }),
              )
            }
          >
            <option value="">{t('meetings.participants.notRecorded')}</option>
            {ATTENDANCE_STATES.map((a) => (
              <option key={a} value={a}>
                {t(`meetings.attendance.${a}`)}
              </option>
            ))}
          </select>
        ) : p.attendance ? (
          t(`meetings.attendance.${p.attendance}`)
        ) : (
          ''
        ),
    },
  ];
  if (event.canEdit)
    columns.push({
      key: 'remove',
      header: t('meetings.participants.actions'),
      render: (p) => (
        <RemoveItemButton
          label={t('meetings.participants.removeLabel', { name: p.person.name })}
          onClick={() => section.ask(p)}
        />
      ),
    });

  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading" ref={section.heading} tabIndex={-1}>
        {t('meetings.participants.heading')}
      </h2>
      <SectionNotices notice={section.notice} error={section.removal.error} />
      {actionError ? <Alert tone="error">{errorMessage(t, actionError)}</Alert> : null}
      <DataTable
        caption={t('meetings.participants.caption')}
        columns={columns}
        rows={event.participants}
        rowKey={(p) => p.id}
        emptyMessage={t('meetings.participants.none')}
        testId="participants-table"
      />
      {event.canEdit ? (
        <>
          <InlineForm
            heading={t('meetings.participants.addHeading')}
            submitLabel={t('meetings.participants.add')}
            form={form}
          >
            <RecordsField
              label={t('meetings.participants.person')}
              value={values.person}
              max={1}
              onChange={(v) => set('person', v)}
              error={form.errors.personId}
            />
            <SelectField
              label={t('meetings.participants.delegation')}
              value={values.delegationId}
              options={[
                choices.none,
                ...event.delegations.map((d) => ({ value: d.id, label: delegationName(d) })),
              ]}
              onChange={(v) => set('delegationId', v)}
              error={form.errors.delegationId}
            />
            <SelectField
              label={t('meetings.participants.role')}
              value={values.role}
              options={PARTICIPANT_ROLES.map((r) => ({
                value: r,
                label: t(`meetings.participantRoles.${r}`),
              }))}
              onChange={(v) => set('role', v)}
              error={form.errors.role}
            />
          </InlineForm>
          <RemovalDialog
            removal={section.removal}
            title={t('meetings.participants.confirmTitle')}
            body={(target) => t('meetings.participants.confirmBody', { name: target?.person.name ?? '' })}
          />
        </>
      ) : null}
    </section>
  );
}

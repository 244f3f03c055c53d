import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, mailsTo } from '../../../test/factories.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from '../meetings/meetings.fixtures.ts';
import { runHousekeeping } from '../housekeeping/housekeeping.ts';
import { sendDueReminders } from './reminders.ts';

let w: MeetingsWorld;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** An event `inDays` from today with the chairman (account in Kazakh) invited and answering `answer`. */
async function invitedTo(inDays: number, extra: object = {}, answer?: string) {
  const event = await w.ok(
    'agency_editor',
    'POST',
    '/api/events',
    bakuMeeting(w.orgs.agencyA, w.places.baku, { startDate: day(inDays), endDate: day(inDays), ...extra }),
  );
  const url = `/api/events/${event.id}/participants`;
  const participant = await w.ok('agency_editor', 'POST', url, { personId: w.people.chairman });
  await w.ok('agency_editor', 'POST', `${url}/${participant.id}/invitation`, {}, 200);
  if (answer) {
    await w.ok('agency_editor', 'POST', `${url}/${participant.id}/rsvp`, { response: answer }, 200);
  }
  return event.id as string;
}

const reminders = async () =>
  (await mailsTo(w.t.database.db, 'chairman@example.org')).filter((m) => m.template === 'eventReminder');

beforeAll(async () => {
  w = await buildMeetingsWorld();
  const account = await buildAccount(w.t.database.db, { email: 'chairman@example.org' });
  await w.t.database.db
    .updateTable('accounts')
    .set({ person_id: w.people.chairman, locale: 'kk' })
    .where('id', '=', account.id)
    .execute();
});
afterAll(() => w.t.close());

describe('reminders before an event', () => {
  it('mails each open invitation to a planned event within the window once, in the person’s language', async () => {
    const due = await invitedTo(2, { title: { en: 'Exchange of experience', kk: 'Тәжірибе алмасу' } });
    await invitedTo(2, {}, 'declined');
    await invitedTo(2, { status: 'cancelled' });
    await invitedTo(10);
    expect(await reminders()).toHaveLength(0);

    const { reminders: queued } = await runHousekeeping(w.t.deps);
    expect(queued).toBe(1);
    const [mail] = await reminders();
    expect(mail).toMatchObject({ locale: 'kk', subject: 'Еске салу: Тәжірибе алмасу' });
    expect(mail?.text_body).toContain(`/events/${due}`);
    expect(mail?.text_body).toContain('(Asia/Baku)');

    expect(await sendDueReminders(w.t.deps)).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });

  it('reminds tentative and accepted invitations too, and sends nothing when switched off', async () => {
    await invitedTo(1, {}, 'tentative');
    const off = { ...w.t.deps, config: { ...w.t.deps.config, reminderDays: 0 } };
    expect(await sendDueReminders(off)).toBe(0);
    await invitedTo(1, {}, 'accepted');
    expect(await sendDueReminders(w.t.deps)).toBe(2);
  });

  it('reminds again when the event moves to another time, not when only its title changes', async () => {
    const moved = await invitedTo(2, { title: { en: 'Moved meeting' } });
    expect(await sendDueReminders(w.t.deps)).toBe(1);
    await w.ok('agency_editor', 'PATCH', `/api/events/${moved}`, { title: { en: 'Moved meeting, renamed' } });
    expect(await sendDueReminders(w.t.deps)).toBe(0);
    await w.ok('agency_editor', 'PATCH', `/api/events/${moved}`, { startDate: day(1), endDate: day(1) });
    expect(await sendDueReminders(w.t.deps)).toBe(1);
  });

  it('reaches further ahead when the window is wider', async () => {
    const wide = { ...w.t.deps, config: { ...w.t.deps.config, reminderDays: 14 } };
    expect(await sendDueReminders(wide)).toBe(1); // the event in ten days
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgrammesWorld, completeAnswers, type ProgrammesWorld } from './programmes.fixtures.ts';
import { sendProgrammeReminders } from './programme-reminders.ts';

// The reminder before a programme: a programme starting in three days with two accepted applicants
// (Leyla's account reads Russian), an accepted nominee without any address, and a submitted
// application that is not accepted; a second programme starting in a month. Reminders go once per
// accepted application, also when rounds run in parallel.

let w: ProgrammesWorld;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const deps = () => ({ db: w.t.database.db, config: { ...w.t.deps.config, reminderDays: 7 } });
const mails = () =>
  w.t.database.db
    .selectFrom('outbox')
    .select(['to_address', 'locale', 'subject', 'text_body'])
    .where('template', '=', 'programmeReminder')
    .execute();

beforeAll(async () => {
  w = await buildProgrammesWorld();
  const db = w.t.database.db;
  await db
    .updateTable('accounts')
    .set({ locale: 'ru' })
    .where('email', '=', w.applicants.one.email)
    .execute();
  const soon = await w.programme({ startDate: day(3), endDate: day(5), place: { en: 'Baku', ru: 'Баку' } });
  const later = await w.programme({ startDate: day(30), endDate: day(32) });
  const apply = async (programme: { id: string }, cookie: string) =>
    (
      await w.as(cookie, 'POST', `/api/programmes/${programme.id}/applications`, {
        answers: completeAnswers(soon),
        submit: true,
      })
    ).json().id as string;
  const accepted = [
    await apply(soon, w.applicants.one.cookie),
    (
      await w.ok('org_rep', 'POST', `/api/programmes/${soon.id}/applications`, {
        personId: w.nominee,
        nominatedByOrgId: w.orgs.diasporaPublic,
        answers: completeAnswers(soon),
        submit: true,
      })
    ).id,
    (
      await w.as(w.applicants.one.cookie, 'POST', `/api/programmes/${later.id}/applications`, {
        answers: completeAnswers(later),
        submit: true,
      })
    ).json().id,
  ];
  await apply(soon, w.applicants.two.cookie); // stays submitted
  await db.updateTable('applications').set({ status: 'accepted' }).where('id', 'in', accepted).execute();
}, 120_000);
afterAll(() => w.t.close());

describe('reminders before a programme', () => {
  it('go once per accepted application within the window, in the person’s language, also from parallel rounds', async () => {
    const rounds = await Promise.all([sendProgrammeReminders(deps()), sendProgrammeReminders(deps())]);
    expect(rounds.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendProgrammeReminders(deps())).toBe(0);
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to_address: w.applicants.one.email, locale: 'ru' });
    expect(sent[0]?.subject).toContain('Напоминание');
    expect(sent[0]?.text_body).toContain('Баку');
    // The nominee without an address is marked too; the submitted application and the later programme are not.
    expect(await w.t.database.db.selectFrom('programme_reminders').selectAll().execute()).toHaveLength(2);
  });

  it('the later programme is reminded once it comes within the window', async () => {
    const inFourWeeks = new Date(Date.now() + 25 * 86_400_000);
    expect(await sendProgrammeReminders(deps(), inFourWeeks)).toBe(1);
    expect(await sendProgrammeReminders(deps(), inFourWeeks)).toBe(0);
  });
});

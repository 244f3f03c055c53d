import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertApplication, setApplicationStatus } from '../programmes/applications.repository.ts';
import { recordDay, saveFollowup } from '../programmes/attendance.repository.ts';
import { programmeDays } from '../programmes/attendance.rules.ts';
import { questionRows } from '../programmes/calls.service.ts';
import { holderNames } from '../programmes/certificates.names.ts';
import { insertCertificate } from '../programmes/certificates.repository.ts';
import { newVerificationCode } from '../programmes/certificates.service.ts';
import {
  feedbackQuestionsOf,
  insertResponse,
  replaceFeedbackQuestions,
} from '../programmes/feedback.repository.ts';
import { updateProgrammeRow } from '../programmes/programmes.repository.ts';
import { namesOfPeople } from '../registry/people.repository.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { insertPerson } from './demo.repository.ts';
import { AFTER_2019 } from './programmes.after.data.ts';
import type { DemoProgramme } from './programmes.data.ts';

// The completed 2019 training in Europe after the programme (programmes.after.data.ts): its days,
// accepted participants, attendance, certificates (codes drawn at load, never printed) and the
// feedback survey with one participant who has not answered — through the module's repositories.

async function participants(trx: Kysely<Database>, people: Map<string, string>, ownerOrgId: string | null) {
  const ids = new Map(people);
  for (const p of AFTER_2019.newPeople) {
    const { id, spellings } = await insertPerson(trx, { slug: p.slug, ownerOrgId, visibility: 'owner' }, [
      { full_name: p.fullName, script: 'Cyrl', lang: p.lang, source: 'native', is_primary: true },
    ]);
    await replaceNameKeys(trx, 'person', id, spellings);
    ids.set(p.slug, id);
  }
  return ids;
}

/**
 * Loads the time after the programme for the demo's completed training (others are left alone):
 * `people` by slug, `ownerOrgId` owns the new demo people.
 */
export async function loadDemoAfter(
  trx: Kysely<Database>,
  programmeId: string,
  p: DemoProgramme,
  people: Map<string, string>,
  ownerOrgId: string | null,
): Promise<void> {
  if (p.title.en !== AFTER_2019.titleEn) return;
  const a = AFTER_2019;
  await updateProgrammeRow(trx, programmeId, { start_date: a.startDate, end_date: a.endDate });
  const ids = await participants(trx, people, ownerOrgId);
  const apps = new Map<string, string>();
  for (const slug of Object.keys(a.attendance)) {
    const personId = ids.get(slug);
    if (!personId) continue;
    const app = await insertApplication(trx, {
      programme_id: programmeId,
      person_id: personId,
      submitted_by: null,
      nominated_by_org_id: null,
    });
    await setApplicationStatus(trx, app.id, 'submitted', new Date(`${a.submittedOn}T12:00:00Z`));
    await setApplicationStatus(trx, app.id, 'accepted');
    apps.set(slug, app.id);
  }
  const days = programmeDays(a.startDate, a.endDate);
  for (const [i, date] of days.entries()) {
    const entries = [...apps].map(([slug, applicationId]) => ({
      applicationId,
      status: a.attendance[slug]?.[i] === 'x' ? ('absent' as const) : ('present' as const),
    }));
    await recordDay(trx, date, entries, null);
  }
  await saveFollowup(trx, programmeId, { feedback_opened_at: new Date(a.feedbackOpenedAt) });
  for (const slug of a.certified) {
    const applicationId = apps.get(slug);
    const personId = ids.get(slug);
    if (!applicationId || !personId) continue;
    const names = holderNames(await namesOfPeople(trx, [personId]));
    await insertCertificate(trx, {
      programme_id: programmeId,
      application_id: applicationId,
      person_id: personId,
      code: newVerificationCode(),
      holder_name: names.name,
      holder_latin: names.latinName,
      issued_by: null,
    });
  }
  await replaceFeedbackQuestions(trx, programmeId, questionRows(programmeId, a.survey));
  const questions = await feedbackQuestionsOf(trx, programmeId);
  for (const [slug, answers] of Object.entries(a.responses)) {
    const applicationId = apps.get(slug);
    if (!applicationId) continue;
    const given = answers.map((value, i) => ({ questionId: questions[i]?.id as string, value }));
    await insertResponse(trx, {
      application_id: applicationId,
      programme_id: programmeId,
      answers: JSON.stringify(given),
    });
  }
}

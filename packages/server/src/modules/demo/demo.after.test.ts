import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { Actor } from '../accounts/actor.ts';
import { nonRespondents } from '../programmes/feedback.reminders.ts';
import { surveyResults } from '../programmes/feedback.results.ts';
import { seedDemoData } from './demo.service.ts';
import { AFTER_2019 } from './programmes.after.data.ts';

// The demo's completed 2019 training in Europe after the programme: days, attendance, certificates
// that verify publicly, and a survey with exactly one non-respondent.

const silent = pino({ level: 'silent' });
const SECRETARIAT: Actor = {
  kind: 'account',
  accountId: '00000000-0000-4000-8000-000000000001',
  email: 'secretariat@test.example',
  displayName: 'Secretariat',
  locale: 'en',
  grants: [{ id: 'g', role: 'secretariat', organisationId: '00000000-0000-4000-8000-000000000002' }],
  via: 'session',
};
let t: TestApp;
let dataDir: string;
let programmeId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-after-'));
  t = await createTestApp({ KOPRU_DATA_DIR: dataDir });
  await seedDemoData(t.deps, silent, () => {});
  const rows = await t.database.db
    .selectFrom('programmes')
    .select(['id', 'title', 'start_date', 'end_date', 'status'])
    .execute();
  const row = rows.find((r) => r.title.en?.value === AFTER_2019.titleEn);
  expect(row).toMatchObject({ start_date: '2019-03-11', end_date: '2019-03-15', status: 'completed' });
  programmeId = row?.id as string;
}, 180_000);
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo: the 2019 training after the programme', () => {
  it('holds five days of attendance for five accepted participants and four certificates', async () => {
    const db = t.database.db;
    expect(await db.selectFrom('programme_attendance').selectAll().execute()).toHaveLength(25);
    const certificates = await db
      .selectFrom('programme_certificates')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .execute();
    expect(certificates.map((c) => c.holder_name).sort()).toEqual(
      ['Nigar Həsənova', 'Ramil Əliyev', 'Айгерім Сейітқызы', 'Бакыт Токтогулов'].sort(),
    );
    const aigerim = certificates.find((c) => c.holder_name === 'Айгерім Сейітқызы');
    const res = await t.app.inject({ method: 'GET', url: `/api/certificates/verify/${aigerim?.code}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().holder.latinName).toBe('Aigerim Seiitkyzy');
    expect(res.json().dates).toEqual({ start: '2019-03-11', end: '2019-03-15' });
  });

  it('has a survey answered by three participants, with Ramil as the one non-respondent', async () => {
    const deps = t.deps;
    const missing = await nonRespondents(deps, SECRETARIAT, programmeId);
    expect(missing.items.map((i) => i.person.name)).toEqual(['Ramil Əliyev']);
    const results = await surveyResults(deps, SECRETARIAT, programmeId);
    expect(results).toMatchObject({ participants: 4, respondents: 3 });
    expect(results.questions[1]).toMatchObject({ mean: 8.67, min: 7, max: 10 });
  });
});

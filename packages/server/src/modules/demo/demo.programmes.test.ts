import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { seedDemoProgrammes } from './demo.programmes.ts';
import { seedDemoData } from './demo.service.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-programmes-'));
  t = await createTestApp({ KOPRU_DATA_DIR: dataDir });
  await seedDemoData(t.deps, silent, () => {});
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
type Summary = { id: string; title: { en: string }; [key: string]: unknown };
const titled = (items: Summary[], prefix: string) =>
  items.find((p) => p.title.en.startsWith(prefix)) as Summary;

describe('demo programmes', () => {
  it('hold the two trainings of the press release, linked to the 2019 plan items, and a summer school with an open call', async () => {
    const { items } = await get('/api/programmes');
    expect(items).toHaveLength(3);
    const europe = await get(`/api/programmes/${titled(items, 'Training for representatives').id}`);
    expect(europe).toMatchObject({
      status: 'completed',
      organiser: { name: 'YTB' },
      place: { en: 'one of the European countries' },
      period: { text: 'March 2019', start: '2019-03-01', end: '2019-03-31' },
      planItem: { code: '2.1' },
    });
    const usa = await get(`/api/programmes/${titled(items, 'Training for members').id}`);
    expect(usa).toMatchObject({
      status: 'closed',
      countryCode: 'US',
      period: { start: '2019-05-21', end: '2019-06-10', precision: 'decade' },
      planItem: { code: '2.2' },
      call: { status: 'closed', timeZone: 'America/New_York' },
    });
    const school = await get(`/api/programmes/${titled(items, '[demo] Summer school').id}`);
    expect(school.call.status).toBe('open');
    expect(school.call.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'long_text',
      'short_text',
      'choice',
      'file',
      'consent',
    ]);
  });

  it('hold applications in several states, with the one-application rule intact', async () => {
    // The summer school's (the only published programme); the completed training's participants are
    // tested in demo.after.test.ts.
    const rows = await t.database.db
      .selectFrom('applications')
      .select(['status', 'person_id'])
      .where('programme_id', 'in', (eb) =>
        eb.selectFrom('programmes').select('id').where('status', '=', 'published'),
      )
      .execute();
    expect(rows.map((r) => r.status).sort()).toEqual([
      'accepted',
      'draft',
      'submitted',
      'under_review',
      'waitlisted',
      'withdrawn',
    ]);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(rows.length);
  });

  it('hold two reviewers from two states with their reviews and scores, one accepted and one waitlisted', async () => {
    const db = t.database.db;
    const reviewers = await db
      .selectFrom('programme_reviewers as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .select('a.email')
      .execute();
    expect(reviewers.map((r) => r.email).sort()).toEqual([
      'agency-admin@demo.kopru.example',
      'agency-editor-tr@demo.kopru.example',
    ]);
    const decided = await db
      .selectFrom('applications')
      .select(['status', 'score', 'waitlist_position', 'decided_at'])
      .where('status', 'in', ['accepted', 'waitlisted'])
      .where('programme_id', 'in', (eb) =>
        eb.selectFrom('programmes').select('id').where('status', '=', 'published'),
      )
      .orderBy('status')
      .execute();
    // Leyla: 2·(9/10) + 5/5 → 93.33 and 2·(9/10) + 4/5 → 86.67; the mean is 90.
    expect(decided).toMatchObject([
      { status: 'accepted', score: 90, waitlist_position: null },
      { status: 'waitlisted', waitlist_position: 1 },
    ]);
    expect(decided.every((d) => d.decided_at !== null)).toBe(true);
    const reviews = await db.selectFrom('application_reviews').select('id').execute();
    expect(reviews).toHaveLength(6);
  });

  it('load once', async () => {
    expect(await seedDemoProgrammes(t.database.db, silent)).toBe(false);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { seedDemoMinutes } from './demo.minutes.ts';
import { seedDemoData } from './demo.service.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-minutes-'));
  t = await createTestApp({ KOPRU_DATA_DIR: dataDir });
  await seedDemoData(t.deps, silent, () => {});
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo minutes of the 5th Contact Group meeting', () => {
  it('are adopted, public, in three languages, with an accepted amendment of the Turkish delegation', async () => {
    const event = await t.database.db
      .selectFrom('events as e')
      .innerJoin('event_series as s', 's.id', 'e.series_id')
      .select('e.id')
      .where('s.code', '=', 'CG')
      .where('e.number', '=', 5)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({ method: 'GET', url: `/api/events/${event.id}/minutes` });
    expect(response.statusCode, response.body).toBe(200);
    const minutes = response.json();
    expect(minutes).toMatchObject({ status: 'adopted', version: 3, languages: ['en', 'az', 'ru'] });
    expect(minutes.paragraphs[0].text.en).toMatch(/^\[demo\] The 5th meeting of the Contact Group/);
    expect(minutes.paragraphs[2].text.en).toContain(
      'proposals to make the exchange of experience more effective',
    );
    const versions = await t.database.db
      .selectFrom('minutes_versions')
      .select(['number', 'reason'])
      .where('minutes_id', '=', minutes.id)
      .orderBy('number')
      .execute();
    expect(versions.map((v) => v.reason)).toEqual(['created', 'amendment_accepted', 'adopted']);
    const amendment = await t.database.db
      .selectFrom('minutes_amendments')
      .select(['status', 'delegation_id'])
      .where('minutes_id', '=', minutes.id)
      .executeTakeFirstOrThrow();
    expect(amendment.status).toBe('accepted');
    expect(amendment.delegation_id).not.toBeNull();
    const pdf = await t.app.inject({ method: 'GET', url: `/api/minutes/${minutes.id}/export.pdf?lang=ru` });
    expect(pdf.statusCode).toBe(200);
  });

  it('are added once: a second run changes nothing', async () => {
    expect(await seedDemoMinutes(t.database.db, silent)).toBe(false);
    const count = await t.database.db
      .selectFrom('minutes')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});

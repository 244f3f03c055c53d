// Plans, reports and programmes speed (issues 5 and 6): the periods parser alone and through
// POST /api/periods/parse; a plan of 500 items in three levels built through the API (time per
// create), progress updates on its leaves (the whole-plan roll-up is recomputed on each, ADR 0019),
// the item list, the matrix, the CSV export and its re-import as a dry run; the yearly reports of an
// organisation and of the network (JSON and PDF) on that plan and a few hundred events; 200
// applications submitted to one open call, automatic decisions and the applicants' export. All
// through app.inject as the secretariat (applicants as themselves), a fresh database per engine.
// Records its section in bench/RESULTS.md with the load average. Not part of `npm test`.
//
//   npm run bench:plans-speed
//   BENCH_ENGINES=pglite,postgres BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/ npm run bench:plans-speed
// BENCH_RECORD=0 prints the figures without recording them; BENCH_CPU_PROFILE=path writes CPU
// profiles of the plan, reports and programmes parts (path.<part>.<engine>.cpuprofile). CPU seconds are reported beside the
// clock: on a shared machine they compare runs better.
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { events, programmes, reports } from './plans-speed.parts.ts';
import { largePlan, parseEndpoint, parserRate } from './plans-speed.plan.ts';
import { cpuMeter, organisation, profiled } from './plans-speed.world.ts';
import { recordResult } from './record.ts';
import { benchApp, machine, secretariatCookie } from './search-common.ts';

const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite').split(',').map((e) => e.trim());
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const DATABASE = 'kopru_plans_bench';
const PROFILE = process.env.BENCH_CPU_PROFILE;
const EVENTS = 300;
const APPLICANTS = 200;
const log = (text: string) => console.log(text);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** A fresh database of `engine`: its handle, label and the PostgreSQL database name (null for PGlite). */
async function freshDatabase(engine: string): Promise<[DatabaseHandle, string, string | null]> {
  if (engine !== 'postgres') return [await openDatabase({ memory: true }), 'PGlite in memory', null];
  const admin = await openDatabase({ url: new URL('/postgres', PG_URL).href });
  await sql`drop database if exists ${sql.id(DATABASE)} with (force)`.execute(admin.db);
  await sql`create database ${sql.id(DATABASE)}`.execute(admin.db);
  await admin.close();
  const handle = await openDatabase({ url: new URL(`/${DATABASE}`, PG_URL).href });
  return [handle, `PostgreSQL (${new URL(PG_URL).host}/${DATABASE}, fresh)`, DATABASE];
}

/** Every measurement on one engine; its lines, each prefixed with the engine's label. */
async function measure(engine: string): Promise<string[]> {
  const [handle, label, database] = await freshDatabase(engine);
  const started = performance.now();
  const cpu = cpuMeter(database);
  const lines: string[] = [];
  const add = (line: string) => {
    log(`${label}: ${line}`);
    lines.push(`${label}: ${line}`);
  };
  try {
    await migrateToLatest(handle.db);
    const app = await benchApp(handle);
    const cookie = await secretariatCookie(app, handle);
    const bodies: string[] = [];
    for (let i = 1; i <= 4; i++)
      bodies.push(await organisation(handle, `Bench agency ${i}`, 'state_body', 'AZ'));
    add(await parseEndpoint(app));
    const tag = (part: string) => `${part}.${database ?? 'pglite'}`;
    const plan = await profiled(PROFILE, tag('plan'), () => largePlan(app, cookie, bodies, database));
    for (const line of plan.lines) add(line);
    add(await events(app, cookie, bodies, EVENTS));
    for (const line of await profiled(PROFILE, tag('reports'), () => reports(app, cookie, bodies[0]!)))
      add(line);
    const applicants = () => programmes(app, handle, cookie, bodies[0]!, APPLICANTS, database);
    for (const line of await profiled(PROFILE, tag('programmes'), applicants)) add(line);
    add(
      `whole run ${((performance.now() - started) / 1000).toFixed(0)} s (set-up included); ${cpu.read()}; load average ${load()}`,
    );
    await app.close();
  } finally {
    await handle.close();
    if (database) {
      const admin = await openDatabase({ url: new URL('/postgres', PG_URL).href });
      await sql`drop database if exists ${sql.id(DATABASE)} with (force)`.execute(admin.db);
      await admin.close();
    }
  }
  return lines;
}

const loadBefore = load();
const lines = [parserRate()];
log(lines[0]!);
for (const engine of ENGINES) lines.push(...(await measure(engine)));
lines.push(
  `load average (1 / 5 / 15 min) at the start ${loadBefore}, at the end ${load()} on ${(await import('node:os')).cpus().length} cores: the machine was shared with other sessions' tests, so the clock compares only within this run; CPU seconds compare better`,
);
if (process.env.BENCH_RECORD !== '0') recordResult('plans-speed', await machine(), lines);

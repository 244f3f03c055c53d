// Import speed: generates a people CSV of N rows (full_name, other_names, organisation, country;
// Turkic names from search-speed.names.ts, deterministic seed) streamed to a temporary file, and
// imports it through POST /api/imports/people?commit=true&onDuplicate=create (app.inject with the
// file streamed as the body) into a fresh database per engine. Reports rows/s and the peak RSS
// (sampled every 50 ms) in bench/RESULTS.md. Not part of `npm test`.
//
//   npm run bench:import-speed
//   BENCH_ROWS=100000 BENCH_ENGINES=pglite,postgres BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/ \
//   npm run bench:import-speed
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { recordResult } from './record.ts';
import { benchApp, machine, secretariatCookie } from './search-common.ts';
import { LANGUAGES, organisationName, personNames, pick, prng } from './search-speed.names.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ORGS = 100;
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite').split(',').map((e) => e.trim());
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const ORIGIN = 'http://localhost:3000';
const COUNTRIES: Record<string, string> = {
  kk: 'KZ',
  ky: 'KG',
  uz: 'UZ',
  az: 'AZ',
  tr: 'TR',
  tk: 'TM',
  tt: 'RU',
};
const log = (text: string) => console.log(text);
const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Writes `lines` to `path` through a stream (respecting back-pressure), so no file is held whole. */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* organisationRows(): Generator<string> {
  const random = prng(7);
  yield 'name,kind,country';
  for (let i = 0; i < ORGS; i++) {
    const org = organisationName(random);
    yield [cell(`${org.name} ${i + 1}`), 'diaspora_organisation', COUNTRIES[org.lang] ?? 'TR'].join(',');
  }
}

function* peopleRows(rows: number): Generator<string> {
  const orgRandom = prng(7);
  const orgs = Array.from({ length: ORGS }, (_, i) => `${organisationName(orgRandom).name} ${i + 1}`);
  const random = prng(42);
  yield 'full_name,other_names,organisation,country';
  for (let i = 0; i < rows; i++) {
    const person = personNames(random);
    const org = random() < 0.5 ? pick(random, orgs) : '';
    const country = COUNTRIES[person.lang] ?? pick(random, LANGUAGES).code.toUpperCase();
    yield [cell(person.names[0]!), cell(person.names.slice(1).join(';')), cell(org), org ? '' : country].join(
      ',',
    );
  }
}

async function importFile(app: FastifyInstance, cookie: string, type: string, path: string) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/imports/${type}?commit=true&onDuplicate=create`,
    headers: { origin: ORIGIN, cookie, 'content-type': 'text/csv; charset=utf-8' },
    payload: createReadStream(path),
  });
  if (response.statusCode !== 200)
    throw new Error(`import ${type}: ${response.statusCode} ${response.body.slice(0, 500)}`);
  return response.json().summary as Record<string, number>;
}

/** Imports the people file into `handle`: rows/s and peak RSS while importing. */
async function measure(handle: DatabaseHandle, dir: string, peoplePath: string) {
  await migrateToLatest(handle.db);
  const app = await benchApp(handle);
  const cookie = await secretariatCookie(app, handle);
  const orgPath = join(dir, 'organisations.csv');
  await writeLines(orgPath, organisationRows());
  log(`organisations: ${JSON.stringify(await importFile(app, cookie, 'organisations', orgPath))}`);
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const summary = await importFile(app, cookie, 'people', peoplePath);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from people`.execute(handle.db);
  await app.close();
  return { seconds, summary, before, peak, people: rows[0]?.n ?? 0 };
}

const dir = mkdtempSync(join(tmpdir(), 'kopru-import-speed-'));
const peoplePath = join(dir, 'people.csv');
await writeLines(peoplePath, peopleRows(ROWS));
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
log(`people.csv: ${ROWS} rows, ${mib(statSync(peoplePath).size)}`);
const lines: string[] = [
  `${ROWS.toLocaleString('en')} people rows (full_name, other_names for about half, organisation for half — one of ${ORGS} imported first — else country), one CSV of ${mib(statSync(peoplePath).size)} streamed through POST /api/imports/people?commit=true&onDuplicate=create (app.inject), as the secretariat, into an empty registry`,
];
try {
  for (const engine of ENGINES) {
    let handle: DatabaseHandle;
    let label = 'PGlite in memory';
    if (engine === 'postgres') {
      const admin = await openDatabase({ url: new URL('/postgres', PG_URL).href });
      await sql`drop database if exists kopru_import_bench with (force)`.execute(admin.db);
      await sql`create database kopru_import_bench`.execute(admin.db);
      await admin.close();
      handle = await openDatabase({ url: new URL('/kopru_import_bench', PG_URL).href });
      label = `PostgreSQL (${new URL(PG_URL).host}/kopru_import_bench, fresh)`;
    } else handle = await openDatabase({ memory: true });
    const r = await measure(handle, dir, peoplePath);
    await handle.close();
    const rate = Math.round(ROWS / r.seconds);
    const line = `${label}: ${r.seconds.toFixed(1)} s, ${rate.toLocaleString('en')} rows/s; summary ${JSON.stringify(r.summary)}; ${r.people} people stored; RSS ${mib(r.before)} before, peak ${mib(r.peak)} while importing`;
    log(line);
    lines.push(line);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (ROWS < 100_000) {
  lines.push(
    `measured on ${ROWS.toLocaleString('en')} rows, not 100,000: the rate is not extrapolated, and since each row looks up candidates among the records stored so far, a larger file would run slower per row`,
  );
}
lines.push('target (issue 3): ≥ 5,000 rows/s for a 100,000-row CSV, memory bounded');
recordResult('import-speed', await machine(), lines);

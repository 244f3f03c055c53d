// Import speed: generates a people CSV of N rows (full_name, other_names, organisation, country;
// Turkic names from search-speed.names.ts, deterministic seed) streamed to a temporary file, and
// imports it through POST /api/imports/people?commit=true&onDuplicate=create (app.inject with the
// file streamed as the body) into a fresh database per engine. Reports rows/s and the peak RSS
// (sampled every 50 ms) in bench/RESULTS.md. Not part of `npm test`.
//
//   npm run bench:import-speed
//   BENCH_ROWS=100000 BENCH_ENGINES=pglite,postgres BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/ \
//   npm run bench:import-speed
// BENCH_RECORD=0 prints the figures without recording them (for A/B runs); BENCH_CPU_PROFILE=path
// writes a CPU profile of the import (path.<engine>.cpuprofile). CPU seconds are reported beside the
// clock: on a shared machine they compare runs better.
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Session } from 'node:inspector/promises';
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

/**
 * CPU seconds used so far by the PostgreSQL server processes serving `database` (Linux /proc; 0
 * elsewhere): with other work on the machine, CPU time compares runs better than the clock does.
 */
function serverCpuSeconds(database: string): Map<number, number> {
  const used = new Map<number, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return used;
  }
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.startsWith('postgres:') || !cmdline.includes(` ${database} `)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      used.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended meanwhile.
    }
  }
  return used;
}

/** CPU seconds the server processes used between two readings of serverCpuSeconds. */
function serverCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, used] of after) seconds += used - (before.get(pid) ?? 0);
  return seconds;
}

/** Imports the people file into `handle`: rows/s, CPU time and peak RSS while importing. */
async function measure(handle: DatabaseHandle, dir: string, peoplePath: string, database: string | null) {
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
  const serverBefore = database ? serverCpuSeconds(database) : new Map<number, number>();
  const cpuBefore = process.cpuUsage();
  const profilePath = process.env.BENCH_CPU_PROFILE;
  const session = new Session();
  if (profilePath) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const start = performance.now();
  const summary = await importFile(app, cookie, 'people', peoplePath);
  if (profilePath) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${profilePath}.${database ?? 'pglite'}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const nodeCpu = (cpu.user + cpu.system) / 1e6;
  const serverCpu = database ? serverCpuBetween(serverBefore, serverCpuSeconds(database)) : 0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from people`.execute(handle.db);
  await app.close();
  return { seconds, summary, before, peak, people: rows[0]?.n ?? 0, nodeCpu, serverCpu };
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
    let database: string | null = null;
    if (engine === 'postgres') {
      const admin = await openDatabase({ url: new URL('/postgres', PG_URL).href });
      await sql`drop database if exists kopru_import_bench with (force)`.execute(admin.db);
      await sql`create database kopru_import_bench`.execute(admin.db);
      await admin.close();
      handle = await openDatabase({ url: new URL('/kopru_import_bench', PG_URL).href });
      label = `PostgreSQL (${new URL(PG_URL).host}/kopru_import_bench, fresh)`;
      database = 'kopru_import_bench';
    } else handle = await openDatabase({ memory: true });
    const r = await measure(handle, dir, peoplePath, database);
    await handle.close();
    const rate = Math.round(ROWS / r.seconds);
    const line = `${label}: ${r.seconds.toFixed(1)} s, ${rate.toLocaleString('en')} rows/s; summary ${JSON.stringify(r.summary)}; ${r.people} people stored; RSS ${mib(r.before)} before, peak ${mib(r.peak)} while importing; CPU: Node ${r.nodeCpu.toFixed(1)} s${database ? `, PostgreSQL server ${r.serverCpu.toFixed(1)} s` : ''}`;
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
if (process.env.BENCH_RECORD !== '0') recordResult('import-speed', await machine(), lines);

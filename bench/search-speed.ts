// Search speed: generates N people and M organisations with Turkic names in several scripts
// (search-speed.names.ts, deterministic seed), bulk-loads them into a dedicated database per engine,
// and measures p50/p95 of GET /api/search (app.inject, anonymous caller) for misspelled variants of
// stored names. Records the figures in bench/RESULTS.md. Not part of `npm test`.
//
//   npm run bench:search-speed
//   BENCH_PEOPLE=1000000 BENCH_PGLITE_PEOPLE=200000 BENCH_ORGS=200000 BENCH_QUERIES=500 \
//   BENCH_ENGINES=postgres,pglite BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/ npm run bench:search-speed
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Kysely, sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { allButOne } from '../packages/server/src/modules/search/search.repository.ts';
import type { Database } from '../packages/server/src/db/schema.ts';
import { recordResult } from './record.ts';
import { benchApp, machine, percentile, searchApi } from './search-common.ts';
import { misspell, prng } from './search-speed.names.ts';
import type { ChunkJob } from './search-speed.worker.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PEOPLE = env('BENCH_PEOPLE', 1_000_000);
const PGLITE_PEOPLE = Math.min(PEOPLE, env('BENCH_PGLITE_PEOPLE', PEOPLE));
const ORGS = env('BENCH_ORGS', 200_000);
const PGLITE_ORGS = Math.min(ORGS, env('BENCH_PGLITE_ORGS', ORGS));
const QUERIES = env('BENCH_QUERIES', 500);
const SEED = env('BENCH_SEED', 20261126);
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim());
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
/** Keep a kopru_bench database loaded by an earlier run with the same parameters (saves the load). */
const REUSE_PG = process.env.BENCH_REUSE_PG === '1';
const CHUNK = 10_000;
const WORKER = new URL('./search-speed.worker.ts', import.meta.url).href;

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const log = (text: string) => console.log(`[${elapsed()}] ${text}`);
const chunks = (n: number) => Math.ceil(n / CHUNK);
const sizeOf = (n: number, chunk: number) => Math.min(CHUNK, n - chunk * CHUNK);

// ---- 1. Generate the data once (cached by parameters in the temp folder), in worker threads.
const dataDir = join(tmpdir(), `kopru-bench-search-${SEED}-${PEOPLE}-${ORGS}`);
async function generate(): Promise<void> {
  if (existsSync(join(dataDir, 'complete'))) {
    log(`reusing generated data in ${dataDir}`);
    return;
  }
  mkdirSync(dataDir, { recursive: true });
  const jobs: ChunkJob[] = [];
  const base = { seed: SEED, dir: dataDir, ownerIds: [] as string[] };
  const runAll = async (list: ChunkJob[], label: string) => {
    const workers = Array.from(
      { length: Math.max(1, Math.min(cpus().length, list.length)) },
      // Node 20 does not pass tsx's loader to workers: the worker registers it, then imports the TS file.
      () =>
        new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`,
          { eval: true },
        ),
    );
    let next = 0;
    let done = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const job = list[next++];
              if (!job) return resolve();
              worker.postMessage(job);
            };
            worker.on('message', () => {
              done += 1;
              if (done % 10 === 0 || done === list.length) log(`${label}: ${done}/${list.length} chunks`);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
    await Promise.all(workers.map((w) => w.terminate()));
  };
  for (let c = 0; c < chunks(ORGS); c++)
    jobs.push({ ...base, kind: 'organisations', chunk: c, size: sizeOf(ORGS, c) });
  await runAll(jobs, 'generating organisations + keys');
  // Owner-only people belong to organisations of the first chunk, which every engine loads.
  const ownerIds = readFileSync(join(dataDir, 'organisations-0000.records.tsv'), 'utf8')
    .split('\n')
    .slice(0, 1000)
    .filter(Boolean)
    .map((line) => line.split('\t')[0]!);
  const people: ChunkJob[] = [];
  for (let c = 0; c < chunks(PEOPLE); c++) {
    people.push({ ...base, ownerIds, kind: 'people', chunk: c, size: sizeOf(PEOPLE, c) });
  }
  await runAll(people, 'generating people + keys');
  writeFileSync(join(dataDir, 'complete'), '');
}

const file = (kind: 'people' | 'organisations', chunk: number, part: 'records' | 'names' | 'keys') =>
  join(dataDir, `${kind}-${String(chunk).padStart(4, '0')}.${part}.tsv`);
const COLUMNS = {
  organisations: {
    records: 'organisations (id, kind, visibility)',
    names: 'organisation_names (id, organisation_id, lang, name, name_type, sort)',
  },
  people: {
    records: 'people (id, visibility, owner_org_id)',
    names: 'person_names (id, person_id, full_name, script, lang, is_primary)',
  },
} as const;
const TYPES = {
  'organisations (id, kind, visibility)': ['uuid', 'text', 'text'],
  'organisation_names (id, organisation_id, lang, name, name_type, sort)': [
    'uuid',
    'uuid',
    'text',
    'text',
    'text',
    'int',
  ],
  'people (id, visibility, owner_org_id)': ['uuid', 'text', 'uuid'],
  'person_names (id, person_id, full_name, script, lang, is_primary)': [
    'uuid',
    'uuid',
    'text',
    'text',
    'text',
    'bool',
  ],
  'name_keys (entity_type, entity_id, name_id, key)': ['text', 'uuid', 'uuid', 'text'],
} as const;
const KEYS = 'name_keys (entity_type, entity_id, name_id, key)';

/** Loads one COPY-format file: PGlite reads it with COPY FROM a blob; PostgreSQL gets multi-row inserts. */
async function loadFile(handle: DatabaseHandle, target: keyof typeof TYPES, path: string): Promise<number> {
  const text = readFileSync(path, 'utf8');
  if (!text) return 0;
  const lines = text.split('\n').filter(Boolean);
  if (handle.pglite) {
    await handle.pglite.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
    return lines.length;
  }
  const types = TYPES[target];
  const columns = types.map(() => [] as (string | null)[]);
  for (const line of lines) {
    line.split('\t').forEach((cell, i) => {
      columns[i]!.push(cell === '\\N' ? null : cell);
    });
  }
  const [table, list] = [target.slice(0, target.indexOf(' ')), target.slice(target.indexOf('('))];
  for (let from = 0; from < lines.length; from += 20_000) {
    const arrays = columns.map((col, i) => sql`${col.slice(from, from + 20_000)}::${sql.raw(types[i]!)}[]`);
    await sql`insert into ${sql.raw(table)} ${sql.raw(list)} select * from unnest(${sql.join(arrays)})`.execute(
      handle.db,
    );
  }
  return lines.length;
}

/** Drops name_keys' indexes for the bulk load and returns their definitions, to recreate them after. */
async function dropKeyIndexes(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{
    indexname: string;
    indexdef: string;
  }>`select indexname, indexdef from pg_indexes
    where tablename = 'name_keys' and indexname not like '%pkey'`.execute(db);
  for (const r of rows) await sql`drop index ${sql.id(r.indexname)}`.execute(db);
  return rows.map((r) => r.indexdef);
}

async function load(handle: DatabaseHandle, people: number, orgs: number, label: string): Promise<string> {
  const started = performance.now();
  const definitions = await dropKeyIndexes(handle.db);
  let keys = 0;
  for (const [kind, n] of [
    ['organisations', orgs],
    ['people', people],
  ] as const) {
    for (let c = 0; c < chunks(n); c++) {
      await loadFile(handle, COLUMNS[kind].records, file(kind, c, 'records'));
      await loadFile(handle, COLUMNS[kind].names, file(kind, c, 'names'));
      keys += await loadFile(handle, KEYS, file(kind, c, 'keys'));
      if ((c + 1) % 10 === 0 || c + 1 === chunks(n))
        log(`${label}: loaded ${kind} ${c + 1}/${chunks(n)} chunks`);
    }
  }
  log(`${label}: ${keys} match keys loaded; building indexes`);
  if (handle.kind === 'postgres') await sql`set maintenance_work_mem = '1GB'`.execute(handle.db);
  for (const definition of definitions) await sql.raw(definition).execute(handle.db);
  log(`${label}: vacuum analyze`);
  await sql`vacuum analyze`.execute(handle.db);
  const seconds = (performance.now() - started) / 1000;
  return `${people.toLocaleString('en')} people + ${orgs.toLocaleString('en')} organisations, ${keys.toLocaleString('en')} match keys; bulk load + index build ${seconds.toFixed(0)} s`;
}

// ---- 2. Queries: misspelled variants of stored spellings of records every engine holds.
function makeQueries(people: number, orgs: number): { q: string; id: string }[] {
  const random = prng(SEED + 1);
  const spellings = (kind: 'people' | 'organisations', n: number) => {
    const out: { id: string; name: string }[] = [];
    for (let c = 0; c < Math.min(chunks(n), 5); c++) {
      for (const line of readFileSync(file(kind, c, 'names'), 'utf8')
        .split('\n')
        .filter(Boolean)) {
        const cells = line.split('\t');
        out.push(kind === 'people' ? { id: cells[1]!, name: cells[2]! } : { id: cells[1]!, name: cells[3]! });
      }
    }
    return out;
  };
  const p = spellings('people', people);
  const o = spellings('organisations', orgs);
  return Array.from({ length: QUERIES }, () => {
    const source = random() < 0.8 ? p : o;
    const s = source[Math.floor(random() * source.length)]!;
    return { q: misspell(random, s.name), id: s.id };
  });
}

async function measure(handle: DatabaseHandle, label: string, queries: { q: string; id: string }[]) {
  const app = await benchApp(handle);
  for (const q of queries.slice(0, 20)) await searchApi(app, q.q);
  const latencies: number[] = [];
  let found = 0;
  let results = 0;
  for (const [i, q] of queries.entries()) {
    const start = performance.now();
    const hits = await searchApi(app, q.q);
    latencies.push(performance.now() - start);
    results += hits.length;
    if (hits.some((h) => h.id === q.id)) found += 1;
    if ((i + 1) % 100 === 0) log(`${label}: ${i + 1}/${queries.length} queries`);
  }
  await app.close();
  const ms = (p: number) => percentile(latencies, p).toFixed(1);
  return `${label}: p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms, max ${ms(100)} ms over ${queries.length} queries (after 20 warm-up); the record searched for is among the results for ${((100 * found) / queries.length).toFixed(1)} % (mean ${(results / queries.length).toFixed(1)} results)`;
}

/** The plan of the word step's candidate query (search.service CANDIDATE_STEPS), to show which index serves it. */
async function plan(db: Kysely<Database>, q: string): Promise<string> {
  const { matchKeyParts } = await import('@kopru/turkic');
  const key = matchKeyParts(q).phonetic ?? '';
  const [words = []] = allButOne([key]);
  const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select entity_type, entity_id from name_keys k
    where string_to_array(k.key, ' ') @> ${words}::text[] and similarity(k.key, ${key}) >= 0.4`.execute(db);
  return rows
    .map((r) => r['QUERY PLAN'].trim())
    .filter((l) => /Scan|Index Cond/.test(l))
    .join(' / ');
}

await generate();
const queries = makeQueries(Math.min(PEOPLE, PGLITE_PEOPLE), Math.min(ORGS, PGLITE_ORGS));
const lines: string[] = [];

if (ENGINES.includes('postgres')) {
  const url = new URL(PG_URL);
  url.pathname = '/kopru_bench';
  const marker = `${PEOPLE}-${ORGS}-${SEED}`;
  let handle: DatabaseHandle | undefined;
  let loaded: string | undefined;
  if (REUSE_PG) {
    try {
      handle = await openDatabase({ url: url.href });
      const { rows } = await sql<{
        d: string | null;
      }>`select obj_description('name_keys'::regclass) as d`.execute(handle.db);
      loaded = rows[0]?.d?.startsWith(`${marker}|`) ? rows[0].d.slice(marker.length + 1) : undefined;
      if (loaded) log(`postgres: reusing kopru_bench (${loaded})`);
    } catch {
      loaded = undefined;
    }
    if (!loaded) await handle?.close();
  }
  if (!loaded) {
    const adminUrl = new URL(PG_URL);
    adminUrl.pathname = '/postgres';
    const admin = await openDatabase({ url: adminUrl.href });
    await sql`drop database if exists kopru_bench with (force)`.execute(admin.db);
    await sql`create database kopru_bench`.execute(admin.db);
    await admin.close();
    handle = await openDatabase({ url: url.href });
    await migrateToLatest(handle.db);
    loaded = await load(handle, PEOPLE, ORGS, 'postgres');
    await sql
      .raw(`comment on table name_keys is '${marker}|${loaded.replaceAll("'", "''")}'`)
      .execute(handle.db);
  }
  const pg = handle!;
  const version = (await sql<{ v: string }>`select split_part(version(), ' on ', 1) as v`.execute(pg.db))
    .rows[0]?.v;
  lines.push(`PostgreSQL (${version}, default settings, ${url.host}/kopru_bench): ${loaded}`);
  lines.push(`PostgreSQL plan of the candidate query: ${await plan(pg.db, queries[0]!.q)}`);
  lines.push(await measure(pg, 'PostgreSQL GET /api/search, indexes as migrated', queries));
  log(lines.at(-1)!);
  await pg.close();
}

if (ENGINES.includes('pglite')) {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-pglite-'));
  const handle = await openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(handle.db);
    const loaded = await load(handle, PGLITE_PEOPLE, PGLITE_ORGS, 'pglite');
    lines.push(`PGlite (data folder in ${tmpdir()}): ${loaded}`);
    lines.push(`PGlite plan of the candidate query: ${await plan(handle.db, queries[0]!.q)}`);
    lines.push(await measure(handle, 'PGlite GET /api/search', queries));
    log(lines.at(-1)!);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

lines.push(
  `queries: ${QUERIES} misspelled variants of stored spellings (Cyrillic romanised by ICAO/BGN/2021/passport tables, Latin without diacritics, 70 % with one typo, 15 % in the other word order), 80 % people, 20 % organisations; anonymous caller; total run ${elapsed()}`,
);
for (const line of lines) console.log(`- ${line}`);
recordResult('search-speed', `generated Turkic names (seed ${SEED}); ${await machine()}`, lines);

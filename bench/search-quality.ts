// Search quality: loads every target of ../shared/names/dev.tsv plus distractors.tsv (and the names of
// search-quality.data.ts, which are not in that set) into a fresh embedded database, runs every query
// through GET /api/search, and reports recall@1, recall@5 and negatives ranked first, beside a baseline
// (ASCII folding + MiniSearch fuzzy search) over the same names in the same run. Records the figures
// in bench/RESULTS.md. Run: npm run bench:search-quality
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import MiniSearch from 'minisearch';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import {
  insertSearchableOrganisation,
  insertSearchablePerson,
  insertSearchablePlace,
} from '../packages/server/src/modules/search/search.fixtures.ts';
import { recordResult } from './record.ts';
import { benchApp, machine, percentile, searchApi, secretariatCookie } from './search-common.ts';
import { OTHER_NAMES } from './search-quality.data.ts';

const here = dirname(fileURLToPath(import.meta.url));
const NAMES_DIR = process.env.KOPRU_NAMES_DIR ?? join(here, '..', '..', 'shared', 'names');
const DEV = join(NAMES_DIR, 'dev.tsv');
const DISTRACTORS = join(NAMES_DIR, 'distractors.tsv');
if (!existsSync(DEV) || !existsSync(DISTRACTORS)) {
  console.error(`The development set is missing: expected ${DEV} and ${DISTRACTORS}.`);
  process.exit(1);
}

type RecordType = 'person' | 'organisation' | 'place';

const readTsv = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));

/**
 * What kind of record a name of the set is. The files do not say, so: a name with a word for an
 * institution is an organisation; a single word (hyphens allowed) is a place (every one-word name in
 * the set is a town, a region or a city); everything else is a person.
 */
const INSTITUTION =
  /\b(universitet\w*|university|institut\w*|kurumu|ittifoqi|ajansı|yolları|assambleya\w*|ассамблея\w*|университет\w*|қоры|fondu|birliyi|dərnəyi|cemiyeti)\b/iu;
function recordTypeOf(name: string): RecordType {
  if (INSTITUTION.test(name)) return 'organisation';
  return name.trim().split(/\s+/).length === 1 ? 'place' : 'person';
}

interface Query {
  query: string;
  /** The name the record was created with (its label). */
  target: string;
  negative: boolean;
  kind: string;
}

const devRows: Query[] = readTsv(DEV).map(([query = '', target = '', , kind = '']) => ({
  query,
  target,
  kind,
  negative: kind === 'negative',
}));
const distractors = readTsv(DISTRACTORS).map(([name = '']) => name);
const setNames = [...new Set([...devRows.map((r) => r.target), ...distractors])];
const otherRows: Query[] = OTHER_NAMES.flatMap((r) => [
  ...r.queries.map(([query, kind]) => ({ query, target: r.names[0]!, kind, negative: false })),
  ...(r.negatives ?? []).map((query) => ({ query, target: r.names[0]!, kind: 'negative', negative: true })),
]);
for (const r of OTHER_NAMES) {
  if (r.names.some((n) => setNames.includes(n))) throw new Error(`${r.names[0]} is in the development set`);
}

// ---- Köprü: load through POST /api/imports/* as the secretariat, search through GET /api/search.
const started = performance.now();
const database = await openDatabase({ memory: true });
await migrateToLatest(database.db);
const app = await benchApp(database);
const db = database.db;

const ORIGIN = 'http://localhost:3000';
const cookie = await secretariatCookie(app, database);

const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;
/** Imports `records` as one CSV file (name column, other_names) with commit=true&onDuplicate=create. */
async function importCsv(type: 'people' | 'organisations' | 'places', records: string[][]): Promise<void> {
  const header = type === 'people' ? 'full_name,other_names' : 'name,other_names';
  const csv = [
    header,
    ...records.map(([first, ...rest]) => `${csvCell(first!)},${csvCell(rest.join(';'))}`),
  ].join('\n');
  const response = await app.inject({
    method: 'POST',
    url: `/api/imports/${type}?commit=true&onDuplicate=create`,
    headers: { origin: ORIGIN, cookie, 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
  if (response.statusCode !== 200)
    throw new Error(`import ${type}: ${response.statusCode} ${response.body.slice(0, 500)}`);
  const summary = response.json().summary as Record<string, number>;
  log(`imported ${type}: ${JSON.stringify(summary)}`);
}
const log = (text: string) => console.log(text);

/** Record id of every label, looked up by its stored primary name after loading. */
async function idsByLabel(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const people = await db
    .selectFrom('person_names')
    .select(['person_id as id', 'full_name as name'])
    .where('is_primary', '=', true)
    .execute();
  const orgs = await db.selectFrom('organisation_names').select(['organisation_id as id', 'name']).execute();
  const places = await db.selectFrom('place_names').select(['place_id as id', 'name']).execute();
  for (const r of [...people, ...orgs, ...places]) if (!ids.has(r.name)) ids.set(r.name, r.id);
  return ids;
}

const byType: Record<RecordType, string[][]> = { person: [], organisation: [], place: [] };
for (const name of setNames) byType[recordTypeOf(name)].push([name]);
for (const r of OTHER_NAMES) byType[r.type].push(r.names);
const counts = Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, v.length])) as Record<
  RecordType,
  number
>;
const stored = Object.values(byType)
  .flat()
  .map((names) => ({ label: names[0]!, names }));

let loadedBy: string;
try {
  await importCsv('people', byType.person);
  await importCsv('organisations', byType.organisation);
  await importCsv('places', byType.place);
  loadedBy =
    'through the import API (POST /api/imports/{people,organisations,places}?commit=true&onDuplicate=create, one CSV each, as the secretariat)';
} catch (error) {
  // The import API is built in parallel; if it refuses, load the same records the way the registry
  // writes them (names, then replaceNameKeys), and say so in the results.
  log(
    `import API unavailable (${(error as Error).message.split('\n')[0]}); inserting through the repositories`,
  );
  await sql`truncate people, organisations, places, name_keys cascade`.execute(db);
  for (const names of byType.person) await insertSearchablePerson(db, { names });
  for (const names of byType.organisation)
    await insertSearchableOrganisation(db, { names: names.map((name) => ({ name, lang: 'xx' })) });
  for (const names of byType.place)
    await insertSearchablePlace(db, { names: names.map((name) => ({ name, lang: 'xx' })) });
  loadedBy =
    'through the registry write path (names + replaceNameKeys), because the import API refused the files';
}
// A bulk load is followed by VACUUM (as autovacuum would on a server): it empties the GIN pending list.
await sql`vacuum analyze`.execute(db);
const idByLabel = await idsByLabel();
const missing = stored.filter((r) => !idByLabel.has(r.label)).map((r) => r.label);
if (missing.length) throw new Error(`not loaded: ${missing.join(', ')}`);
log(
  `loaded ${stored.length} records (${counts.person} people, ${counts.organisation} organisations, ${counts.place} places) ${loadedBy} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

interface Metrics {
  recallAt1: number;
  recallAt5: number;
  positives: number;
  negativeFirst: number;
  negatives: number;
  misses: string[];
}

/** Runs `rank` for each query and counts where the target record lands. */
async function measure(rows: readonly Query[], rank: (q: string) => Promise<string[]>): Promise<Metrics> {
  const m: Metrics = { recallAt1: 0, recallAt5: 0, positives: 0, negativeFirst: 0, negatives: 0, misses: [] };
  for (const row of rows) {
    const ids = await rank(row.query);
    const position = ids.indexOf(idByLabel.get(row.target)!);
    if (row.negative) {
      m.negatives += 1;
      if (position === 0) {
        m.negativeFirst += 1;
        m.misses.push(`negative first: ${row.query} → ${row.target}`);
      }
      continue;
    }
    m.positives += 1;
    if (position === 0) m.recallAt1 += 1;
    if (position >= 0 && position < 5) m.recallAt5 += 1;
    if (position !== 0)
      m.misses.push(`${row.query} → ${row.target} (${row.kind}): rank ${position < 0 ? '—' : position + 1}`);
  }
  return m;
}

const latencies: number[] = [];
const koprü = async (q: string) => {
  const t0 = performance.now();
  const hits = await searchApi(app, q, 5, undefined, cookie);
  latencies.push(performance.now() - t0);
  return hits.map((h) => h.id);
};

// ---- Baseline: ASCII folding + MiniSearch fuzzy search over the same names.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  đ: 'd',
  ł: 'l',
  ʻ: '',
  ʼ: '',
  "'": '',
};
const asciiFold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıəßøæđłʻʼ']/g, (c) => SPECIAL[c] ?? c);
const mini = new MiniSearch<{ id: string; name: string }>({
  fields: ['name'],
  storeFields: ['id'],
  processTerm: (term) => asciiFold(term),
  searchOptions: { fuzzy: 0.2, prefix: true },
});
mini.addAll(stored.flatMap((r, i) => r.names.map((name, j) => ({ id: `${i}:${j}`, name }))));
const recordOf = new Map<string, string>(
  stored.flatMap((r, i) => r.names.map((_, j) => [`${i}:${j}`, idByLabel.get(r.label)!] as const)),
);
const baseline = async (q: string) => {
  const seen = new Set<string>();
  for (const hit of mini.search(q)) seen.add(recordOf.get(String(hit.id))!);
  return [...seen];
};

const results = {
  koprüDev: await measure(devRows, koprü),
  baselineDev: await measure(devRows, baseline),
  koprüOther: await measure(otherRows, koprü),
  baselineOther: await measure(otherRows, baseline),
};
await app.close();
await database.close();

const f = (x: number, n: number) => (n ? (x / n).toFixed(3) : '—');
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '∞');
const line = (name: string, m: Metrics) =>
  `${name}: recall@1 ${f(m.recallAt1, m.positives)}, recall@5 ${f(m.recallAt5, m.positives)} (${m.positives} queries), negatives ranked first ${m.negativeFirst} of ${m.negatives} (${f(m.negativeFirst, m.negatives)})`;
const lines = [
  `data: ${setNames.length} names of dev.tsv targets + distractors.tsv and ${OTHER_NAMES.length} records of bench/search-quality.data.ts; ${counts.person} people, ${counts.organisation} organisations, ${counts.place} places (one word = place, institution word = organisation, else person), loaded ${loadedBy}; searched as the secretariat (imported people are owner-only)`,
  line('Köprü GET /api/search, dev.tsv', results.koprüDev),
  line('baseline (ASCII fold + MiniSearch fuzzy 0.2, prefix), dev.tsv', results.baselineDev),
  `gain on dev.tsv: recall@1 ${ratio(results.koprüDev.recallAt1, results.baselineDev.recallAt1)}, recall@5 ${ratio(results.koprüDev.recallAt5, results.baselineDev.recallAt5)}`,
  line('Köprü GET /api/search, names not in the set', results.koprüOther),
  line('baseline, names not in the set', results.baselineOther),
  `gain on names not in the set: recall@1 ${ratio(results.koprüOther.recallAt1, results.baselineOther.recallAt1)}, recall@5 ${ratio(results.koprüOther.recallAt5, results.baselineOther.recallAt5)}`,
  `latency of GET /api/search in this run (app.inject, PGlite in memory, ${latencies.length} queries): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
  `Köprü misses, dev.tsv: ${results.koprüDev.misses.join('; ') || 'none'}`,
  `Köprü misses, names not in the set: ${results.koprüOther.misses.join('; ') || 'none'}`,
];
for (const l of lines) console.log(`- ${l}`);
recordResult('search-quality', `PGlite in memory; ${await machine()}`, lines);

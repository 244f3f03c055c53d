// The periods parser and the large plan of bench/plans-speed.ts; each part returns its lines for
// bench/RESULTS.md.
import type { FastifyInstance } from 'fastify';
import { AZ_CASES } from '../packages/server/src/lib/periods/cases/az.ts';
import { EN_CASES } from '../packages/server/src/lib/periods/cases/en.ts';
import { RU_CASES } from '../packages/server/src/lib/periods/cases/ru.ts';
import { TR_CASES } from '../packages/server/src/lib/periods/cases/tr.ts';
import { type PeriodLanguage, parsePeriod } from '../packages/server/src/lib/periods/index.ts';
import { caller, cpuMeter, p5095, timed } from './plans-speed.world.ts';
import { percentile } from './search-common.ts';

/** Every phrase of the parser's test tables with its language and reference day. */
export const PHRASES: [string, PeriodLanguage, string][] = [
  ...EN_CASES.map((c) => [c[0], 'en', c[1]] as [string, PeriodLanguage, string]),
  ...AZ_CASES.map((c) => [c[0], 'az', c[1]] as [string, PeriodLanguage, string]),
  ...TR_CASES.map((c) => [c[0], 'tr', c[1]] as [string, PeriodLanguage, string]),
  ...RU_CASES.map((c) => [c[0], 'ru', c[1]] as [string, PeriodLanguage, string]),
];

/** parsePeriod in a loop over the phrases for about `seconds`: phrases per second (no API). */
export function parserRate(seconds = 2): string {
  let parsed = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const [text, lang, reference] of PHRASES) parsePeriod(text, lang, reference);
    parsed += PHRASES.length;
  }
  const rate = parsed / ((performance.now() - start) / 1000);
  return `parsePeriod over the ${PHRASES.length} phrases of the test tables (en, az, tr, ru), in a loop for ${seconds} s: ${Math.round(rate).toLocaleString('en')} phrases/s`;
}

/** p50/p95 of POST /api/periods/parse over every phrase, anonymously. */
export async function parseEndpoint(app: FastifyInstance): Promise<string> {
  const ms: number[] = [];
  for (const [text, lang, reference] of PHRASES) {
    const [, took] = await timed(() =>
      app.inject({
        method: 'POST',
        url: '/api/periods/parse',
        headers: { origin: 'http://localhost:3000' },
        payload: { text, lang, reference },
      }),
    );
    ms.push(took);
  }
  return `POST /api/periods/parse, every phrase once: ${p5095(ms)}`;
}

const TOP = 10;
const MIDDLE = 7;
const LEAVES = 6;
const PERIODS = [
  'March 2019',
  'the first half of 2019',
  'the end of May',
  '12–14 March 2019',
  'in 2019',
  'the third quarter of 2019',
];

/** The large plan: its id, its leaves and the bodies responsible, built and measured. */
export async function largePlan(
  app: FastifyInstance,
  cookie: string,
  bodies: string[],
  database: string | null,
) {
  const call = caller(app);
  const lines: string[] = [];
  const plan = (
    await call(cookie, 'POST', '/api/plans', {
      title: { en: 'Bench plan 2019' },
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      visibility: 'public',
    })
  ).json().id as string;
  const creates: number[] = [];
  const leaves: string[] = [];
  let n = 0;
  const item = async (parentId: string | null, leaf: boolean) => {
    n++;
    const [response, took] = await timed(() =>
      call(cookie, 'POST', `/api/plans/${plan}/items`, {
        ...(parentId ? { parentId } : {}),
        title: { en: `Item ${n}`, az: `Bənd ${n}` },
        weight: 1 + (n % 4),
        responsibleIds: [bodies[n % bodies.length]!],
        periodText: PERIODS[n % PERIODS.length],
        periodLang: 'en',
        ...(leaf ? { progress: n % 50 } : {}),
      }),
    );
    creates.push(took);
    return response.json().id as string;
  };
  let cpu = cpuMeter(database);
  for (let a = 0; a < TOP; a++) {
    const top = await item(null, false);
    for (let b = 0; b < MIDDLE; b++) {
      const middle = await item(top, false);
      for (let c = 0; c < LEAVES; c++) leaves.push(await item(middle, true));
    }
  }
  const total = creates.reduce((s, v) => s + v, 0);
  lines.push(
    `plan of ${n} items (${TOP} × ${MIDDLE} × ${LEAVES}, weights 1–4, a responsible body and a period phrase each) built through POST /api/plans/:id/items: ${(total / 1000).toFixed(1)} s, mean ${(total / n).toFixed(1)} ms per create, ${p5095(creates)}; first 50 p50 ${percentile(creates.slice(0, 50), 50).toFixed(1)} ms, last 50 p50 ${percentile(creates.slice(-50), 50).toFixed(1)} ms; ${cpu.read()}`,
  );
  cpu = cpuMeter(database);
  const updates: number[] = [];
  for (let i = 0; i < 100; i++) {
    const leaf = leaves[(i * 37) % leaves.length]!;
    const [, took] = await timed(() =>
      call(cookie, 'POST', `/api/plan-items/${leaf}/updates`, {
        date: '2019-06-15',
        text: { en: `Update ${i}` },
        progress: (i * 13) % 101,
      }),
    );
    updates.push(took);
  }
  lines.push(
    `POST /api/plan-items/:id/updates on leaves (progress changed, whole-plan roll-up recomputed): ${p5095(updates)}; ${cpu.read()}`,
  );
  const reads = async (label: string, url: string, runs: number) => {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const [response, took] = await timed(() => call(cookie, 'GET', url));
      ms.push(took);
      bytes = response.rawPayload.length;
    }
    lines.push(`${label}: ${p5095(ms)}, ${Math.round(bytes / 1024)} KiB`);
  };
  await reads(`GET /api/plans/:id/items?limit=1000 (all ${n})`, `/api/plans/${plan}/items?limit=1000`, 10);
  await reads('GET /api/plans/:id/matrix', `/api/plans/${plan}/matrix`, 10);
  await reads('GET /api/plans/:id/export?format=csv', `/api/plans/${plan}/export?format=csv`, 5);
  const csv = (await call(cookie, 'GET', `/api/plans/${plan}/export?format=csv`)).body;
  const dry: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const [response, took] = await timed(() =>
      call(cookie, 'POST', `/api/plans/${plan}/import`, csv, 'text/csv; charset=utf-8'),
    );
    dry.push(took);
    summary = JSON.stringify(response.json().summary);
  }
  const p50 = percentile(dry, 50);
  lines.push(
    `re-import of that CSV as a dry run (POST /api/plans/:id/import, commit=false): p50 ${p50.toFixed(0)} ms of 3, ${Math.round(n / (p50 / 1000)).toLocaleString('en')} rows/s; summary ${summary}`,
  );
  return { lines, plan };
}

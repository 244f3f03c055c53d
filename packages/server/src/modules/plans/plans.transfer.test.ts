import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories.ts';
import { ORIGIN } from '../../../test/test-app.ts';
import { csvLine } from '../imports/exports.format.ts';
import { XLSX_TYPE } from '../imports/imports.reader.ts';
import { insertOrganisation } from '../registry/organisations.repository.ts';
import type { Caller } from '../registry/registry.fixtures.ts';
import { buildPlansWorld, type PlansWorld } from './plans.fixtures.ts';
import type { PlanImportReport } from './plans.transfer.apply.ts';

// The plan's import and export (docs/api/plans.md, issue 5): an export re-imports unchanged, as
// CSV and as XLSX; an edited export applies exactly its edits after a dry run that reports them.

let w: PlansWorld;
let planId: string;
const abbr = { a: 'SCWD', b: 'DİAK' };
const orgs: Record<string, string> = {};

const url = (path: string) => `/api/plans/${planId}${path}`;

async function post(
  payload: string | Buffer,
  commit = false,
  contentType = 'text/csv',
  who: Caller = 'secretariat',
) {
  return w.t.app.inject({
    method: 'POST',
    url: url(`/import${commit ? '?commit=true' : ''}`),
    headers: { origin: ORIGIN, cookie: w.cookies.get(who) ?? '', 'content-type': contentType },
    payload,
  });
}

async function dryRun(payload: string | Buffer, contentType = 'text/csv'): Promise<PlanImportReport> {
  const response = await post(payload, false, contentType);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function download(format: 'csv' | 'xlsx' | 'json') {
  const response = await w.call('secretariat', 'GET', url(`/export?format=${format}&lang=ru`));
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

const snapshot = async () =>
  (await w.ok('secretariat', 'GET', url('/items'))).items as Record<string, unknown>[];
const auditCount = async () =>
  Number(
    (
      await w.t.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const byCode = (items: Record<string, unknown>[]) => new Map(items.map((i) => [i.code as string, i]));

beforeAll(async () => {
  w = await buildPlansWorld();
  const db = w.t.database.db;
  const body = async (name: string, abbreviation: string) =>
    (
      await insertOrganisation(db, { kind: 'state_body', visibility: 'public' }, [
        { lang: 'en', name, abbreviation },
      ])
    ).id;
  orgs.a = await body('State Committee on Work with Diaspora', abbr.a);
  orgs.b = await body('Diaspora İşleri Ajansı', abbr.b);
  for (let i = 0; i < 2; i++) await buildOrganisation(db, { name: 'Twin Society' });
  planId = await w.plan('network');
  const add = (body: object) => w.item(planId, body);
  await add({
    code: '1',
    title: { en: 'Exchange of experience', az: 'Təcrübə mübadiləsi' },
    responsibleIds: [orgs.a],
    countries: ['AZ'],
    weight: 2,
  });
  await add({
    code: '1.1',
    title: { en: '=SUM(1)', ru: 'Обмен опытом' },
    responsibleIds: [orgs.a],
    supportingIds: [orgs.b],
    periodText: 'March 2019',
    progress: 50,
  });
  await add({
    code: '1.2',
    title: { en: 'Training in one of the European countries', kk: 'Еуропа елдерінің бірінде оқыту' },
    responsibleIds: [orgs.b],
    region: { en: 'one of the European countries' },
    periodText: 'в 1-м квартале',
    periodLang: 'ru',
    status: 'in_progress',
  });
  await add({ code: '1.2.1', title: { en: 'Programme' }, progress: 20 });
  await add({ code: '1.2.2', title: { en: 'Sessions' }, progress: 80, weight: 3, countries: ['DE', 'AT'] });
  await add({ code: '2', title: { en: 'Training in the USA' }, countries: ['US'], responsibleIds: [orgs.a] });
  await add({ code: '2.1', title: { en: 'Course' }, progress: 90 });
  await w.ok(
    'secretariat',
    'PATCH',
    `/api/plan-items/${(await snapshot()).find((i) => i.code === '2')!.id}`,
    {
      progress: 30,
    },
  );
});
afterAll(() => w.t.close());

describe('plan export', () => {
  it('writes the columns, Ref names, countries with the region, formula cells neutralised; audited', async () => {
    const before = await auditCount();
    const response = await download('csv');
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename=".*\.csv"; filename\*=UTF-8''/,
    );
    const rows = parse(response.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toEqual(['1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.1']);
    const [one, oneOne, oneTwo] = rows;
    expect(oneOne).toMatchObject({ title_en: "'=SUM(1)", title_ru: 'Обмен опытом', responsible: abbr.a });
    expect(oneOne).toMatchObject({ supporting: abbr.b, period_text: 'March 2019', period_lang: 'en' });
    expect(oneTwo).toMatchObject({
      countries: 'one of the European countries',
      period_lang: 'ru',
      status: 'in_progress',
    });
    expect(one).toMatchObject({ title_az: 'Təcrübə mübadiləsi', weight: '2', progress: '58' });
    expect(rows[4]!.countries).toBe('DE; AT');
    expect(await auditCount()).toBe(before + 1);
  });

  it('answers 404 to a caller who may not read the plan', async () => {
    const response = await w.call('anonymous', 'GET', url('/export?format=csv'));
    expect(response.statusCode).toBe(404);
  });

  it('writes an XLSX workbook that exceljs reads back, and JSON with the values as stored', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('code');
    expect(sheet.getRow(3).getCell(2).text).toBe("'=SUM(1)");
    expect(sheet.getRow(3).getCell(8).text).toBe('Обмен опытом');
    const json = (await download('json')).json();
    expect(json[1]).toMatchObject({ code: '1.1', title_en: '=SUM(1)' });
  });
});

describe('plan import', () => {
  it('re-imports its own CSV and XLSX export unchanged: dry run all unchanged, commit writes nothing', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const file = (await download(format)).rawPayload;
      const type = format === 'csv' ? 'text/csv' : XLSX_TYPE;
      const report = await dryRun(file, type);
      expect(report.summary).toEqual({ created: 0, updated: 0, unchanged: 7, errors: 0 });
      expect(report.rows.every((r) => r.action === 'unchanged' && r.changes.length === 0)).toBe(true);
      const [items, audit] = [await snapshot(), await auditCount()];
      const committed = await post(file, true, type);
      expect(committed.statusCode, committed.body).toBe(200);
      expect(committed.json().committed).toBe(true);
      expect(await snapshot()).toEqual(items);
      expect(await auditCount()).toBe(audit);
    }
  });

  it('reads a semicolon CSV with a BOM; a row with code and title_en only is valid; writes nothing', async () => {
    const items = await snapshot();
    const report = await dryRun('\uFEFFcode;title_en;title_ru\r\n3;Third;Третий\r\n4,5;x;y\r\n');
    expect(report.rows[0]).toMatchObject({ code: '3', action: 'created' });
    expect(report.rows[0]!.changes).toEqual([
      { field: 'title_en', before: null, after: 'Third' },
      { field: 'title_ru', before: null, after: 'Третий' },
    ]);
    expect(report.rows[1]).toMatchObject({ action: 'error', error: { code: 'VALIDATION_FAILED' } });
    expect((await dryRun('code,title_en\n3,Only English\n')).summary.created).toBe(1);
    expect(await snapshot()).toEqual(items);
  });

  it('applies rows in code order, so a child may come before its parent in the file', async () => {
    const report = await dryRun('code,title_en,status\n5.10,Tenth,done\n5.2,Second,\n5,Parent,\n');
    expect(report.rows.map((r) => [r.row, r.code, r.action])).toEqual([
      [2, '5.10', 'created'],
      [3, '5.2', 'created'],
      [4, '5', 'created'],
    ]);
  });

  it('refuses unknown and missing columns with IMPORT_COLUMNS', async () => {
    for (const file of ['code,title_en,titel_ru\n1,x,y\n', 'title_en\nx\n']) {
      const response = await post(file);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('IMPORT_COLUMNS');
    }
  });

  it('reports a phrase not understood, an unknown parent, an ambiguous organisation as row errors', async () => {
    const report = await dryRun(
      [
        'code,title_en,period_text,responsible',
        '3,A,the day after never,',
        '7.1,B,,',
        '4,C,,twin society',
        `6,D,${'x'.repeat(201)},`,
      ].join('\n'),
    );
    const errors = Object.fromEntries(report.rows.map((r) => [r.code, r.error?.code]));
    expect(errors).toEqual({
      '3': 'PERIOD_NOT_UNDERSTOOD',
      '7.1': 'VALIDATION_FAILED',
      '6': 'VALIDATION_FAILED',
      '4': 'VALIDATION_FAILED',
    });
  });

  it('refuses the import to an editor of another body (403) and to an unseen plan (404)', async () => {
    expect((await post('code,title_en\n3,x\n', false, 'text/csv', 'agency_editor')).statusCode).toBe(403);
    const hidden = await w.plan('owner');
    const response = await w.t.app.inject({
      method: 'POST',
      url: `/api/plans/${hidden}/import`,
      headers: { origin: ORIGIN, cookie: w.cookies.get('agency_editor')!, 'content-type': 'text/csv' },
      payload: 'code,title_en\n3,x\n',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('an edited export', () => {
  it('reports exactly the edits and the error, refuses the commit, then applies exactly the edits', async () => {
    const exported = (await download('csv')).body.replace(/^\uFEFF/, '');
    const [header, ...rows] = parse(exported) as string[][];
    const col = (name: string) => header!.indexOf(name);
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    row('1.2.1')[col('status')] = 'done';
    row('1.2.2')[col('progress')] = '40';
    row('1.1')[col('responsible')] = 'state committee on work with diaspora; diaspora işleri ajansı';
    row('1.1')[col('supporting')] = '';
    row('1.1')[col('title_ru')] = 'Новое название';
    const added = (code: string, responsible: string) => {
      const cells: Record<string, string> = { code, title_en: `New ${code}`, responsible, progress: '100' };
      return header!.map((h) => cells[h] ?? '');
    };
    rows.push(added('1.2.3', ''), added('3', 'Nobody Known'));
    const file = (cells: string[][]) => [header!, ...cells].map(csvLine).join('');

    const report = await dryRun(file(rows));
    expect(report.summary).toEqual({ created: 1, updated: 3, unchanged: 4, errors: 1 });
    const changes = Object.fromEntries(
      report.rows.filter((r) => r.changes.length).map((r) => [r.code, r.changes]),
    );
    expect(changes['1.1']).toEqual([
      { field: 'title_ru', before: 'Обмен опытом', after: 'Новое название' },
      {
        field: 'responsible',
        before: abbr.a,
        after: 'state committee on work with diaspora; diaspora işleri ajansı',
      },
    ]);
    expect(changes['1.2.1']).toEqual([{ field: 'status', before: 'planned', after: 'done' }]);
    expect(changes['1.2.2']).toEqual([{ field: 'progress', before: 80, after: 40 }]);
    expect(report.rows.find((r) => r.code === '1.2.3')!.action).toBe('created');
    expect(report.rows.find((r) => r.code === '3')!.error!.message).toContain('Nobody Known');

    const [items, audit] = [await snapshot(), await auditCount()];
    const refused = await post(file(rows), true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'IMPORT_INVALID', report: { summary: report.summary } });
    expect(refused.json().report.rows).toEqual(report.rows);
    expect(await snapshot()).toEqual(items);

    rows[rows.length - 1]![col('responsible')] = abbr.b;
    const committed = await post(file(rows), true);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().summary).toEqual({ created: 2, updated: 3, unchanged: 4, errors: 0 });
    expect(await auditCount()).toBe(audit + 6);

    const expected = byCode(structuredClone(items));
    const set = (code: string, values: object) => Object.assign(expected.get(code)!, values);
    set('1.1', {
      title: { en: '=SUM(1)', ru: 'Новое название' },
      responsible: [
        { id: orgs.a, name: abbr.a },
        { id: orgs.b, name: abbr.b },
      ],
      supporting: [],
    });
    set('1.2.1', { status: 'done' });
    set('1.2.2', { progress: 40 });
    set('1.2', { progress: Math.round((20 + 40 * 3 + 100) / 5) });
    set('1', { progress: Math.round((50 + 48) / 2) });
    const after = byCode(await snapshot());
    for (const [code, item] of expected) expect(after.get(code), code).toEqual(item);
    expect(after.get('1.2.3')).toMatchObject({ title: { en: 'New 1.2.3' }, progress: 100 });
    expect(after.get('3')).toMatchObject({ responsible: [{ id: orgs.b, name: abbr.b }] });
  });
});

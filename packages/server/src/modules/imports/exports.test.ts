import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importWorld, postFile } from './imports.fixtures.ts';
import { XLSX_TYPE } from './imports.reader.ts';
import type { ImportReport } from './imports.schema.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof importWorld>>;

async function commit(cookie: string, type: string, file: string | Buffer, contentType = 'text/csv') {
  const response = await postFile(t, cookie, `/api/imports/${type}?commit=true`, file, contentType);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportReport;
}

async function download(cookie: string, path: string) {
  const response = await t.app.inject({ method: 'GET', url: `/api/exports/${path}`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

const unchangedOnly = (r: ImportReport) => {
  expect(r.summary).toEqual({ created: 0, updated: 0, unchanged: r.rows.length, duplicates: 0, errors: 0 });
};

beforeAll(async () => {
  t = await createTestApp();
  world = await importWorld(t);
  const editor = world.cookies.editor;
  await commit(
    editor,
    'places',
    'name,other_names,country,kind\nBishkek,Бишкек; Frunze,KG,city\nÖskemen,Усть-Каменогорск; Ust-Kamenogorsk,KZ,city\n',
  );
  await commit(
    editor,
    'organisations',
    [
      'name,other_names,abbreviation,kind,country,city,parent',
      'Azerbaijani Community of Norway,Норвегия Азербайджанская община,ACN,diaspora_org,Norway,Oslo,State Committee on Work with Diaspora',
      'Kyrgyz Cultural Centre Berlin,,KKZ,diaspora_org,DE,Berlin,',
      '"=IMPORTXML(""http://evil.example"")",,,other,,,',
    ].join('\n'),
  );
  await commit(
    editor,
    'people',
    [
      'full_name,other_names,organisation,position,country,email',
      'Aynur Mammadova,"Айнур Маммадова; Aynur Mamedova",Azerbaijani Community of Norway,Chair,NO,aynur@example.org',
      '"=HYPERLINK(""http://evil.example"",""x"")",@SUM(1),,,,',
      'Nurlan Sarsenbayev,Нұрлан Сәрсенбаев,,,,',
    ].join('\n'),
  );
});
afterAll(() => t.close());

describe('exports', () => {
  it('exports people as CSV with a BOM, as an attachment, formula cells neutralised, audited', async () => {
    const response = await download(world.cookies.editor, 'people.csv');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kopru-people-.*\.csv"$/);
    const text = response.body;
    expect(text.startsWith('\uFEFFfull_name,other_names,organisation,position,country,email\r\n')).toBe(true);
    expect(text).toContain(
      'Aynur Mammadova,"Aynur Mamedova; Айнур Маммадова",Azerbaijani Community of Norway,Chair,NO,aynur@example.org',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",'@SUM(1)`);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'export.created')
      .execute();
    expect(audit.at(-1)?.after).toMatchObject({ type: 'people', format: 'csv' });
  });

  it('re-imports its own CSV export as unchanged, for people, organisations and places', async () => {
    for (const type of ['people', 'organisations', 'places']) {
      const file = (await download(world.cookies.editor, `${type}.csv`)).rawPayload;
      const r = await commit(world.cookies.editor, type, file);
      expect(r.rows.length).toBeGreaterThan(1);
      unchangedOnly(r);
    }
  });

  it('round-trips XLSX: text cells, formulas neutralised, re-imported unchanged', async () => {
    const file = (await download(world.cookies.editor, 'organisations.xlsx')).rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain(`'=IMPORTXML("http://evil.example")`);
    expect(values).toContain('Azerbaijani Community of Norway');
    unchangedOnly(await commit(world.cookies.editor, 'organisations', file, XLSX_TYPE));
    const people = (await download(world.cookies.editor, 'people.xlsx')).rawPayload;
    unchangedOnly(await commit(world.cookies.editor, 'people', people, XLSX_TYPE));
  });

  it('exports JSON with the import’s columns and the values as stored', async () => {
    const rows = (await download(world.cookies.editor, 'places.json?country=KG')).json();
    expect(rows).toEqual([{ name: 'Bishkek', other_names: 'Бишкек; Frunze', country: 'KG', kind: 'city' }]);
  });

  it('exports only the people the caller may read, and their email only to who may see personal data', async () => {
    const other = (await download(world.cookies.otherEditor, 'people.csv')).body;
    expect(other).not.toContain('Aynur Mammadova');
    await t.database.db.updateTable('people').set({ visibility: 'network' }).execute();
    const network = (await download(world.cookies.otherEditor, 'people.csv')).body;
    expect(network).toContain('Aynur Mammadova');
    expect(network).not.toContain('aynur@example.org');
    const member = (await download(world.cookies.member, 'people.json')).json() as { email: string }[];
    expect(member.length).toBe(3);
    expect(member.every((p) => p.email === '')).toBe(true);
    const secretariat = (await download(world.cookies.secretariat, 'people.csv')).body;
    expect(secretariat).toContain('aynur@example.org');
  });

  it('applies the list filters and refuses a kind the list does not have', async () => {
    const orgs = (await download(world.cookies.editor, 'organisations.json?country=DE')).json();
    expect(orgs.map((o: { name: string }) => o.name)).toEqual(['Kyrgyz Cultural Centre Berlin']);
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/exports/places.csv?kind=diaspora_org',
      headers: { cookie: world.cookies.editor },
    });
    expect(refused.statusCode).toBe(400);
  });
});

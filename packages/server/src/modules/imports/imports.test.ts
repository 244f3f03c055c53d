import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importReport, importWorld, multipartBody, postFile } from './imports.fixtures.ts';
import { XLSX_TYPE } from './imports.reader.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof importWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  world = await importWorld(t);
});
afterAll(() => t.close());

const people = (query = '') => `/api/imports/people${query}`;

const report = importReport;

async function personIdsNamed(name: string) {
  const rows = await t.database.db
    .selectFrom('person_names')
    .select('person_id')
    .where('full_name', '=', name)
    .execute();
  return rows.map((r) => r.person_id);
}

async function auditCount(action: string) {
  const row = await t.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const team = [
  'full_name,other_names,organisation,position,country,email',
  'Aynur Mammadova,Айнур Маммадова; Aynur Mamedova,State Committee on Work with Diaspora,Adviser,AZ,aynur@example.org',
  'Bolat Seitkali,,,,,',
].join('\n');

describe('importing people', () => {
  it('reports what a commit would do without writing anything (dry run by default)', async () => {
    const r = await report(await postFile(t, world.cookies.editor, people(), team));
    expect(r.dryRun).toBe(true);
    expect(r.summary).toEqual({ created: 2, updated: 0, unchanged: 0, duplicates: 0, errors: 0 });
    expect(r.rows.map((x) => [x.row, x.status])).toEqual([
      [2, 'created'],
      [3, 'created'],
    ]);
    expect(await personIdsNamed('Aynur Mammadova')).toEqual([]);
  });

  it('creates the records on commit, owned by the importer’s body and visible to it only, audited', async () => {
    const r = await report(await postFile(t, world.cookies.editor, people('?commit=true'), team));
    expect(r.dryRun).toBe(false);
    expect(r.summary.created).toBe(2);
    const [id] = await personIdsNamed('Aynur Mammadova');
    expect(r.rows[0]?.id).toBe(id);
    const db = t.database.db;
    const person = await db.selectFrom('people').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ owner_org_id: world.body.id, visibility: 'owner' });
    const names = await db.selectFrom('person_names').selectAll().where('person_id', '=', id!).execute();
    expect(names.map((n) => [n.full_name, n.is_primary, n.script])).toEqual(
      expect.arrayContaining([
        ['Aynur Mammadova', true, 'Latn'],
        ['Aynur Mamedova', false, 'Latn'],
        ['Айнур Маммадова', false, 'Cyrl'],
      ]),
    );
    expect(names).toHaveLength(3);
    const positions = await db.selectFrom('positions').selectAll().where('person_id', '=', id!).execute();
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      organisation_id: world.body.id,
      title: { und: { value: 'Adviser' } },
    });
    const contacts = await db.selectFrom('contacts').selectAll().where('entity_id', '=', id!).execute();
    expect(contacts.map((c) => [c.kind, c.value, c.visibility])).toEqual([
      ['email', 'aynur@example.org', 'owner'],
    ]);
    const keys = await db.selectFrom('name_keys').select('key').where('entity_id', '=', id!).execute();
    expect(keys.length).toBeGreaterThan(2);
    expect(await auditCount('person.created')).toBe(2);
    expect(await auditCount('import.committed')).toBe(1);
  });

  it('leaves every row unchanged when the same file is imported again', async () => {
    const r = await report(await postFile(t, world.cookies.editor, people('?commit=true'), team));
    expect(r.summary).toEqual({ created: 0, updated: 0, unchanged: 2, duplicates: 0, errors: 0 });
    expect(await personIdsNamed('Aynur Mammadova')).toHaveLength(1);
    expect(await auditCount('person.created')).toBe(2);
    expect(await auditCount('person.updated')).toBe(0);
  });

  it('completes a stored person with what a row adds, and refuses to when the record is another body’s', async () => {
    const more = 'full_name,other_names\nBolat Seitkali,Болат Сейткали\n';
    const refused = await report(await postFile(t, world.cookies.otherEditor, people(), more));
    // The other body cannot see an owner-only person: for it the row is a new person.
    expect(refused.rows[0]?.status).toBe('created');
    const r = await report(await postFile(t, world.cookies.editor, people('?commit=true'), more));
    expect(r.rows[0]).toMatchObject({ status: 'updated' });
    expect(await personIdsNamed('Болат Сейткали')).toHaveLength(1);
    expect(await auditCount('person.updated')).toBe(1);
  });

  it('writes nothing when any row of a commit is an error, and reports every row', async () => {
    const file =
      'full_name,email\nCansu Yıldız,cansu@example.org\nDilnoza Karimova,not-an-email\n,orphan@example.org\n';
    const response = await postFile(t, world.cookies.editor, people('?commit=true'), file);
    expect(response.statusCode, response.body).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.report.summary).toMatchObject({ created: 1, errors: 2 });
    expect(problem.report.rows.map((x: { status: string }) => x.status)).toEqual([
      'created',
      'error',
      'error',
    ]);
    expect(problem.report.rows[1].error).toMatch(/email/);
    expect(await personIdsNamed('Cansu Yıldız')).toEqual([]);
  });

  it('reads a UTF-8 file with a byte order mark and semicolons', async () => {
    const file =
      '\uFEFFfull_name;other_names;email\r\nRəşad Hüseynov;"Рашад Гусейнов; Rashad Huseynov";rashad@example.org\r\n';
    const r = await report(
      await postFile(t, world.cookies.editor, people('?commit=true'), Buffer.from(file, 'utf8')),
    );
    expect(r.summary.created).toBe(1);
    const [id] = await personIdsNamed('Rəşad Hüseynov');
    expect(await personIdsNamed('Рашад Гусейнов')).toEqual([id]);
    expect(await personIdsNamed('Rashad Huseynov')).toEqual([id]);
  });

  it('reads an XLSX workbook, formulas as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['Full name', 'Other names']);
    sheet.addRow([
      'Gulnara Sadykova',
      { formula: 'CONCAT("Гульнара"," Садыкова")', result: 'Гульнара Садыкова' },
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const r = await report(await postFile(t, world.cookies.editor, people('?commit=true'), file, XLSX_TYPE));
    expect(r.summary.created).toBe(1);
    const [id] = await personIdsNamed('Gulnara Sadykova');
    expect(await personIdsNamed('=CONCAT("Гульнара"," Садыкова")')).toEqual([id]);
  });

  it('reports columns it does not know and ignores them', async () => {
    const r = await report(
      await postFile(t, world.cookies.editor, people(), 'full_name,notes\nTimur Bekov,met in Baku\n'),
    );
    expect(r.ignoredColumns).toEqual(['notes']);
    expect(r.rows[0]?.status).toBe('created');
  });
});

describe('likely duplicates across scripts', () => {
  let stored: string;

  beforeAll(async () => {
    const r = await report(
      await postFile(t, world.cookies.editor, people('?commit=true'), 'full_name\nГалиева Жаркынай\n'),
    );
    stored = r.rows[0]!.id!;
  });

  it('reports a Latin spelling of a stored Cyrillic name as a duplicate, skipped by default', async () => {
    const r = await report(
      await postFile(t, world.cookies.editor, people('?commit=true'), 'full_name\nGalieva Jarkhinay\n'),
    );
    expect(r.rows[0]).toMatchObject({
      status: 'duplicate',
      decision: 'skip',
      duplicateOf: { id: stored, label: 'Галиева Жаркынай' },
    });
    expect(r.rows[0]!.duplicateOf!.score).toBeGreaterThanOrEqual(0.8);
    expect(r.summary.duplicates).toBe(1);
    expect(await personIdsNamed('Galieva Jarkhinay')).toEqual([]);
  });

  it('merges the row into the stored record when the row’s decision says so', async () => {
    const form = multipartBody('full_name,email\nGalieva Jarkhinay,galieva@example.org\n', {
      decisions: { 2: 'merge' },
    });
    const r = await report(
      await postFile(t, world.cookies.editor, people('?commit=true'), form.payload, form.contentType),
    );
    expect(r.rows[0]).toMatchObject({ status: 'duplicate', decision: 'merge', id: stored });
    expect(await personIdsNamed('Galieva Jarkhinay')).toEqual([stored]);
    const again = await report(
      await postFile(
        t,
        world.cookies.editor,
        people(),
        'full_name,email\nGalieva Jarkhinay,galieva@example.org\n',
      ),
    );
    expect(again.rows[0]).toMatchObject({ status: 'unchanged', id: stored });
  });

  it('creates a separate record with onDuplicate=create', async () => {
    const r = await report(
      await postFile(
        t,
        world.cookies.editor,
        people('?commit=true&onDuplicate=create'),
        'full_name\nZharkynai Galiyeva\n',
      ),
    );
    expect(r.rows[0]).toMatchObject({ status: 'duplicate', decision: 'create' });
    expect(r.rows[0]!.id).not.toBe(stored);
    expect(await personIdsNamed('Zharkynai Galiyeva')).toEqual([r.rows[0]!.id]);
  });

  it('refuses a merge into a record the importer may not edit', async () => {
    const r = await report(
      await postFile(
        t,
        world.cookies.secretariat,
        people('?commit=true'),
        'full_name,organisation\nOmer Kocaman,Agency for Diaspora Affairs\n',
      ),
    );
    expect(r.rows[0]?.status).toBe('created');
    // The secretariat's record is owner-only: the other body does not see it, so no duplicate.
    const own = await report(
      await postFile(t, world.cookies.otherEditor, people('?onDuplicate=merge'), 'full_name\nÖmer Kocaman\n'),
    );
    expect(own.rows[0]?.status).toBe('created');
    const form = multipartBody('full_name\nÖmer Kocaman\n', { decisions: { 2: 'merge' } });
    const visible = await t.database.db
      .updateTable('people')
      .set({ visibility: 'network' })
      .where('id', '=', r.rows[0]!.id!)
      .execute();
    expect(visible).toHaveLength(1);
    const response = await postFile(
      t,
      world.cookies.otherEditor,
      people('?commit=true'),
      form.payload,
      form.contentType,
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().report.rows[0]).toMatchObject({ status: 'error' });
    expect(response.json().report.rows[0].error).toMatch(/may not edit/);
  });
});

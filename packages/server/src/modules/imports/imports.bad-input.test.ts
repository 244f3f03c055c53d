import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importWorld, multipartBody, postFile } from './imports.fixtures.ts';
import { XLSX_TYPE } from './imports.reader.ts';
import { IMPORT_BODY_LIMIT } from './imports.service.ts';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp();
  cookie = (await importWorld(t)).cookies.editor;
});
afterAll(() => t.close());

const url = '/api/imports/people?commit=true';

/** Text in Windows-1251, the usual encoding of Cyrillic CSV files saved by older Excel versions. */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code < 0x80) return code;
      throw new Error(`no cp1251 byte for ${ch}`);
    }),
  );
}

async function problem(
  response: { statusCode: number; body: string; json(): { code: string } },
  status: number,
) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as { code: string; detail: string; errors?: { path: string }[] };
}

async function peopleCount() {
  const row = await t.database.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('files an import refuses, with a problem document that says why', () => {
  it('refuses a file that is not UTF-8 (Windows-1251) with IMPORT_ENCODING', async () => {
    const file = cp1251('full_name\nГалиева Жаркынай\n');
    const p = await problem(await postFile(t, cookie, url, file), 400);
    expect(p.code).toBe('IMPORT_ENCODING');
    expect(p.detail).toMatch(/UTF-8/);
    expect(await peopleCount()).toBe(0);
  });

  it('refuses a declared charset other than UTF-8', async () => {
    const response = await postFile(t, cookie, url, 'full_name\nA\n', 'text/csv; charset=windows-1251');
    expect((await problem(response, 400)).code).toBe('IMPORT_ENCODING');
  });

  it('names the missing required column (IMPORT_COLUMNS)', async () => {
    const p = await problem(await postFile(t, cookie, url, 'name,email\nAli Veli,ali@example.org\n'), 400);
    expect(p.code).toBe('IMPORT_COLUMNS');
    expect(p.detail).toContain('full_name');
    expect(p.errors).toEqual([{ path: 'columns.full_name', message: 'is required' }]);
  });

  it('answers 10 MB of random bytes with IMPORT_UNREADABLE, as CSV and as XLSX, without reading it all', async () => {
    const garbage = randomBytes(10 * 1024 * 1024);
    const started = Date.now();
    const asCsv = await problem(await postFile(t, cookie, url, garbage), 400);
    expect(asCsv.code).toBe('IMPORT_UNREADABLE');
    const asXlsx = await problem(await postFile(t, cookie, url, garbage, XLSX_TYPE), 400);
    expect(asXlsx.code).toBe('IMPORT_UNREADABLE');
    console.info(`10 MB of garbage refused twice in ${Date.now() - started} ms`);
    expect(await peopleCount()).toBe(0);
  });

  it('refuses a body larger than the import limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: {
        origin: ORIGIN,
        cookie,
        'content-type': 'text/csv',
        'content-length': String(IMPORT_BODY_LIMIT + 1),
      },
      payload: 'full_name\nA\n',
    });
    expect((await problem(response, 413)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses text that is not CSV (an unclosed quote), an empty file and an XLSX sent as CSV', async () => {
    expect((await problem(await postFile(t, cookie, url, 'full_name\n"Ali\n'), 400)).code).toBe(
      'IMPORT_UNREADABLE',
    );
    expect((await problem(await postFile(t, cookie, url, ''), 400)).code).toBe('IMPORT_UNREADABLE');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), randomBytes(100)]);
    const p = await problem(await postFile(t, cookie, url, zip), 400);
    expect(p.code).toBe('IMPORT_UNREADABLE');
    expect(p.detail).toMatch(/XLSX/);
  });

  it('refuses other content types with 415', async () => {
    const pdf = await postFile(t, cookie, url, '%PDF-1.4', 'application/pdf');
    expect((await problem(pdf, 415)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const json = await postFile(t, cookie, url, '{"full_name":"A"}', 'application/json');
    expect((await problem(json, 415)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses decisions that are not a map of rows to create, skip or merge', async () => {
    const form = multipartBody('full_name\nA\n', { decisions: { 2: 'delete' } });
    const p = await problem(await postFile(t, cookie, url, form.payload, form.contentType), 400);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors?.[0]?.path).toBe('body.decisions');
  });
});

describe('formula cells', () => {
  it('stores cells that start with = + - @ as text, never evaluated', async () => {
    const file = [
      'full_name,other_names',
      '"=HYPERLINK(""http://evil.example"",""click"")","+cmd|\' /C calc\'!A0;@SUM(1,2);-2+3"',
    ].join('\n');
    const response = await postFile(t, cookie, url, file);
    expect(response.statusCode, response.body).toBe(200);
    const names = await t.database.db.selectFrom('person_names').select('full_name').execute();
    expect(names.map((n) => n.full_name).sort()).toEqual(
      ["+cmd|' /C calc'!A0", '-2+3', '=HYPERLINK("http://evil.example","click")', '@SUM(1,2)'].sort(),
    );
  });
});

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, createTestApp } from '../../../test/test-app.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { multipartBody } from '../imports/imports.fixtures.ts';
import {
  buildRegistryWorld,
  type Caller,
  CALLERS,
  type RegistryWorld,
} from '../registry/registry.fixtures.ts';
import {
  DOCX_TYPE,
  filesUnder,
  JPEG_START,
  odf,
  ooxml,
  PNG_1PX,
  PPTX_TYPE,
  SMALL_PDF,
  upload,
  WEBP_START,
  xlsxWorkbook,
  zipOf,
} from './files.fixtures.ts';
import { sweepOrphanFiles } from './files.sweep.ts';

// The files module on a real database and a real data folder: uploads within the limit, the
// content check, the stored bytes and row, the download's headers, and who may do what.

const LIMIT_MB = 0.05; // 52,428 bytes: big enough for every sample, small enough to exceed cheaply
const LIMIT = Math.floor(LIMIT_MB * 1024 * 1024);

let w: RegistryWorld;
let dataDir: string;
let filesDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-files-'));
  filesDir = join(dataDir, 'files');
  w = await buildRegistryWorld(
    await createTestApp({ KOPRU_DATA_DIR: dataDir, KOPRU_MAX_UPLOAD_MB: String(LIMIT_MB) }),
  );
});
afterAll(async () => {
  await w.t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const db = () => w.t.database.db;
const fileRows = async () =>
  Number((await db().selectFrom('files').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

/** The file name a Content-Disposition header's `filename*` carries, decoded. */
function filenameStar(disposition: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  if (!encoded) throw new Error(`no filename* in ${disposition}`);
  return decodeURIComponent(encoded);
}

describe('upload and download', () => {
  it('keeps a PDF with a Cyrillic name under a server-made name and gives it back intact as an attachment', async () => {
    const name = 'Протокол заседания №5 (Баку).pdf';
    const response = await upload(w, 'agency_editor', SMALL_PDF, name);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({
      name,
      mediaType: 'application/pdf',
      size: SMALL_PDF.length,
      sha256: createHash('sha256').update(SMALL_PDF).digest('hex'),
      ownerOrgId: w.orgs.agencyA,
      visibility: 'owner',
      entity: null,
      contentUrl: `/api/files/${file.id}/content`,
    });
    const key = `${file.id.slice(0, 2)}/${file.id.slice(2, 4)}/${file.id}`;
    expect(filesUnder(filesDir)).toContain(key);
    expect(readFileSync(join(filesDir, key)).equals(SMALL_PDF)).toBe(true);

    const download = await w.call('agency_editor', 'GET', file.contentUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SMALL_PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(SMALL_PDF.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe(
      "default-src 'none'; sandbox; frame-ancestors 'none'",
    );
    const disposition = String(download.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(filenameStar(disposition)).toBe(name);

    const audit = await db().selectFrom('audit_log').selectAll().where('entity_id', '=', file.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['file.uploaded']);
  });

  it('keeps Turkic Latin and Kazakh letters of a name exactly, and an ASCII fallback without them', async () => {
    const name = 'Qərar İşçi qrupu — ğ ı ş ö ü ç ñ ä ž ý, Қазақ ә ғ қ ң ө ұ ү һ і.docx';
    const response = await upload(w, 'agency_editor', ooxml(DOCX_TYPE), name);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().name).toBe(name);
    const download = await w.call('agency_editor', 'GET', response.json().contentUrl);
    const disposition = String(download.headers['content-disposition']);
    expect(filenameStar(disposition)).toBe(name);
    expect(disposition).toContain('filename="Qərar'.replace('ə', '_'));
  });

  it('strips a path, control and bidirectional characters from the name, and adds the extension the content has', async () => {
    const response = await upload(w, 'agency_editor', PNG_1PX, '..\\..\\photo\u202Egnp.exe');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name: 'photognp.exe.png', mediaType: 'image/png' });
  });

  it.each([
    ['report.pdf', 'application/pdf', SMALL_PDF],
    ['photo.png', 'image/png', PNG_1PX],
    ['photo.JPG', 'image/jpeg', JPEG_START],
    ['photo.webp', 'image/webp', WEBP_START],
    [
      'minutes.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ooxml(DOCX_TYPE),
    ],
    [
      'slides.pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ooxml(PPTX_TYPE),
    ],
    [
      'minutes.odt',
      'application/vnd.oasis.opendocument.text',
      odf('application/vnd.oasis.opendocument.text'),
    ],
    ['notes.txt', 'text/plain; charset=utf-8', 'Ümumi qeydlər — Общие заметки\n'],
    ['list.csv', 'text/csv; charset=utf-8', 'name;country\nFuad Muradov;AZ\n'],
  ])('accepts %s as %s', async (name, mediaType, content) => {
    const response = await upload(w, 'secretariat', content, name, `ownerOrgId=${w.orgs.agencyB}`);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name, mediaType, ownerOrgId: w.orgs.agencyB });
  });

  it('accepts a real XLSX workbook', async () => {
    const response = await upload(w, 'agency_editor', await xlsxWorkbook(), 'delegations.xlsx');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });
});

describe('refused uploads leave nothing behind', () => {
  const html = '<!DOCTYPE html><html><script>alert(document.cookie)</script></html>';
  it.each([
    ['HTML named .pdf', 'FILE_TYPE_NOT_ALLOWED', 'minutes.pdf', html],
    ['HTML with leading blanks named .txt', 'FILE_TYPE_NOT_ALLOWED', 'notes.txt', `\n  ${html}`],
    [
      'SVG named .png',
      'FILE_TYPE_NOT_ALLOWED',
      'logo.png',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    ],
    [
      'a Windows executable named .pdf',
      'FILE_TYPE_NOT_ALLOWED',
      'a.pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
    ],
    [
      'an ELF executable named .docx',
      'FILE_TYPE_NOT_ALLOWED',
      'a.docx',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
    ],
    ['a shell script named .txt', 'FILE_TYPE_NOT_ALLOWED', 'run.txt', '#!/bin/sh\nrm -rf /\n'],
    ['a plain zip named .docx', 'FILE_TYPE_NOT_ALLOWED', 'a.docx', zipOf([['evil.exe', 'MZ']])],
    [
      'a macro-enabled document named .docx',
      'FILE_TYPE_NOT_ALLOWED',
      'a.docx',
      ooxml(DOCX_TYPE, [['word/vbaProject.bin', 'x']]),
    ],
    [
      'a damaged zip named .xlsx',
      'FILE_TYPE_NOT_ALLOWED',
      'a.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(100)]),
    ],
    [
      'Windows-1251 text',
      'FILE_TYPE_NOT_ALLOWED',
      'a.txt',
      Buffer.from([0xcf, 0xf0, 0xee, 0xf2, 0xee, 0xea, 0xee, 0xeb]),
    ],
    ['a PNG named .pdf', 'FILE_TYPE_MISMATCH', 'scan.pdf', PNG_1PX],
    ['a PDF named .docx', 'FILE_TYPE_MISMATCH', 'minutes.docx', SMALL_PDF],
    ['text named .pdf', 'FILE_TYPE_MISMATCH', 'minutes.pdf', 'just words'],
  ])('refuses %s (415 %s)', async (_what, code, name, content) => {
    const rowsBefore = await fileRows();
    const stored = filesUnder(filesDir);
    const response = await upload(w, 'agency_editor', content, name);
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().code).toBe(code);
    expect(await fileRows()).toBe(rowsBefore);
    expect(filesUnder(filesDir)).toEqual(stored);
  });

  it('refuses an empty file and a form without a file part (400)', async () => {
    const empty = await upload(w, 'agency_editor', '', 'empty.txt');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ path: 'body.file', message: 'is empty' }]);
    expect(filesUnder(join(filesDir, 'incoming'))).toEqual([]);
  });

  it('refuses a file over the limit whose length is announced, before reading it (413)', async () => {
    const rowsBefore = await fileRows();
    const response = await upload(w, 'agency_editor', Buffer.alloc(LIMIT * 3, 0x41), 'big.txt');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: LIMIT });
    expect(await fileRows()).toBe(rowsBefore);
    expect(filesUnder(join(filesDir, 'incoming'))).toEqual([]);
  });

  it('refuses a streamed file one byte over the limit while it streams, and removes the partial file (413)', async () => {
    const rowsBefore = await fileRows();
    const { payload, contentType } = multipartBody(Buffer.alloc(LIMIT + 1, 0x41), { filename: 'big.txt' });
    const chunks = Array.from({ length: Math.ceil(payload.length / 4096) }, (_, i) =>
      payload.subarray(i * 4096, (i + 1) * 4096),
    );
    const response = await w.t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { origin: ORIGIN, cookie: w.cookies.get('agency_editor'), 'content-type': contentType },
      payload: Readable.from(chunks),
    });
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(await fileRows()).toBe(rowsBefore);
    expect(filesUnder(join(filesDir, 'incoming'))).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const response = await upload(w, 'agency_editor', Buffer.alloc(LIMIT, 0x41), 'exactly.txt');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().size).toBe(LIMIT);
  });

  it('leaves no bytes when the database refuses the row after the file arrived', async () => {
    await sql`create function refuse_files() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`.execute(
      db(),
    );
    await sql`create trigger refuse_files before insert on files for each row execute function refuse_files()`.execute(
      db(),
    );
    try {
      const stored = filesUnder(filesDir);
      const response = await upload(w, 'agency_editor', SMALL_PDF, 'doomed.pdf');
      expect(response.statusCode).toBe(500);
      expect(filesUnder(filesDir)).toEqual(stored);
    } finally {
      await sql`drop trigger refuse_files on files`.execute(db());
      await sql`drop function refuse_files()`.execute(db());
    }
  });
});

describe('who may upload, read, change and delete', () => {
  const UPLOAD_EXPECTED: Record<Caller, { own: number; agencyA: number }> = {
    anonymous: { own: 401, agencyA: 401 },
    // An account with no role and no organisation named keeps a personal file (files.personal.test.ts).
    member: { own: 201, agencyA: 403 },
    org_rep: { own: 201, agencyA: 403 },
    agency_editor: { own: 201, agencyA: 201 },
    adminA: { own: 201, agencyA: 201 },
    agency_admin: { own: 201, agencyA: 403 },
    editorB: { own: 201, agencyA: 403 },
    secretariat: { own: 201, agencyA: 201 },
  };
  it.each(CALLERS)('uploads as %s: for its own organisation, and for agency A', async (who) => {
    const own = await upload(w, who, 'text', 'own.txt');
    const forA = await upload(w, who, 'text', 'a.txt', `ownerOrgId=${w.orgs.agencyA}`);
    expect([own.statusCode, forA.statusCode]).toEqual([
      UPLOAD_EXPECTED[who].own,
      UPLOAD_EXPECTED[who].agencyA,
    ]);
  });

  it('refuses an unknown owner organisation (400) and a half-named record (400)', async () => {
    const unknown = await upload(
      w,
      'secretariat',
      'x',
      'x.txt',
      'ownerOrgId=00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('querystring.ownerOrgId');
    const half = await upload(w, 'secretariat', 'x', 'x.txt', 'entityType=event');
    expect(half.statusCode).toBe(400);
  });

  // Files of agency A in each visibility; who sees each, through the detail, the content and the list.
  const READERS: Record<Caller, ('public' | 'network' | 'owner')[]> = {
    anonymous: ['public'],
    member: ['public', 'network'],
    org_rep: ['public', 'network'],
    agency_editor: ['public', 'network', 'owner'],
    adminA: ['public', 'network', 'owner'],
    agency_admin: ['public', 'network'],
    editorB: ['public', 'network'],
    secretariat: ['public', 'network', 'owner'],
  };
  const entityId = '11111111-1111-4111-8111-111111111111';
  const byVisibility: Record<string, string> = {};
  beforeAll(async () => {
    for (const visibility of ['public', 'network', 'owner']) {
      const query = `visibility=${visibility}&entityType=event&entityId=${entityId}`;
      byVisibility[visibility] = (
        await upload(w, 'agency_editor', `${visibility} file`, `${visibility}.txt`, query)
      ).json().id;
    }
  });

  it.each(CALLERS)('reads as %s exactly the files its scope allows, and the list agrees', async (who) => {
    const seen: string[] = [];
    for (const [visibility, id] of Object.entries(byVisibility)) {
      const detail = await w.call(who, 'GET', `/api/files/${id}`);
      const content = await w.call(who, 'GET', `/api/files/${id}/content`);
      expect([200, 404]).toContain(detail.statusCode);
      expect(content.statusCode).toBe(detail.statusCode);
      if (detail.statusCode === 200) {
        seen.push(visibility);
        expect(content.body).toBe(`${visibility} file`);
      }
    }
    expect(seen).toEqual(READERS[who]);
    const list = (await w.call(who, 'GET', `/api/files?entityType=event&entityId=${entityId}`)).json();
    expect(list.items.map((f: { id: string }) => f.id).sort()).toEqual(
      READERS[who].map((v) => byVisibility[v]).sort(),
    );
    expect(list.total).toBe(READERS[who].length);
  });

  it('lets the owner body change and delete a file, audited, and no other body', async () => {
    const id = (await upload(w, 'agency_editor', 'to go', 'to-go.txt', 'visibility=public')).json().id;
    const other = await w.call('editorB', 'PATCH', `/api/files/${id}`, { visibility: 'owner' });
    expect(other.statusCode).toBe(403);
    expect((await w.call('editorB', 'DELETE', `/api/files/${id}`)).statusCode).toBe(403);

    const moved = await w.call('adminA', 'PATCH', `/api/files/${id}`, {
      visibility: 'network',
      entity: { type: 'decision', id: entityId },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ visibility: 'network', entity: { type: 'decision', id: entityId } });
    const handOver = await w.call('adminA', 'PATCH', `/api/files/${id}`, { ownerOrgId: w.orgs.agencyB });
    expect(handOver.statusCode).toBe(403);

    const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    expect(filesUnder(filesDir)).toContain(key);
    expect((await w.call('agency_editor', 'DELETE', `/api/files/${id}`)).statusCode).toBe(204);
    expect(filesUnder(filesDir)).not.toContain(key);
    expect((await w.call('agency_editor', 'GET', `/api/files/${id}`)).statusCode).toBe(404);
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['file.uploaded', 'file.updated', 'file.deleted']);
  });
});

describe('sweepOrphanFiles', () => {
  it('removes old bytes without a row and old incoming parts, and nothing else', async () => {
    const kept = (await upload(w, 'agency_editor', 'kept', 'kept.txt')).json().id;
    const stray = (id: string) => {
      const dir = join(filesDir, id.slice(0, 2), id.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, id), 'orphan');
      return join(dir, id);
    };
    const hoursAgo = (path: string, hours: number) => {
      const at = new Date(Date.now() - hours * 3600_000);
      utimesSync(path, at, at);
    };
    const oldOrphan = stray('aaaaaaaa-0000-4000-8000-000000000001');
    const freshOrphan = stray('aaaaaaaa-0000-4000-8000-000000000002');
    const oldPart = join(filesDir, 'incoming', 'crashed.part');
    const freshPart = join(filesDir, 'incoming', 'arriving.part');
    mkdirSync(join(filesDir, 'incoming'), { recursive: true });
    writeFileSync(oldPart, 'half');
    writeFileSync(freshPart, 'half');
    hoursAgo(oldOrphan, 2);
    hoursAgo(oldPart, 2);
    const keptPath = join(filesDir, kept.slice(0, 2), kept.slice(2, 4), kept);
    hoursAgo(keptPath, 2);

    expect(await sweepOrphanFiles(db(), filesDir)).toBe(2);
    const left = filesUnder(filesDir);
    expect(left).not.toContain(oldOrphan.slice(filesDir.length + 1));
    expect(left).not.toContain('incoming/crashed.part');
    expect(left).toEqual(
      expect.arrayContaining([freshOrphan.slice(filesDir.length + 1), 'incoming/arriving.part']),
    );
    expect(readFileSync(keptPath, 'utf8')).toBe('kept');
    rmSync(freshOrphan);
    rmSync(freshPart);
  });
});

describe('KOPRU_MAX_UPLOAD_MB', () => {
  it('defaults to 25 MB, takes fractions, and refuses nonsense', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kopru-files-config-'));
    try {
      const base = { KOPRU_DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(32) };
      expect(loadConfig(base, dir).maxUploadBytes).toBe(25 * 1024 * 1024);
      expect(loadConfig({ ...base, KOPRU_MAX_UPLOAD_MB: '0.5' }, dir).maxUploadBytes).toBe(512 * 1024);
      for (const bad of ['0', '-1', 'ten', '4096']) {
        expect(() => loadConfig({ ...base, KOPRU_MAX_UPLOAD_MB: bad }, dir)).toThrow(ConfigError);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { ORIGIN } from '../../../test/test-app.ts';
import { multipartBody } from '../imports/imports.fixtures.ts';
import type { RegistryWorld, Caller } from '../registry/registry.fixtures.ts';

// Sample documents for the files tests, made here rather than shipped: each is the smallest file
// the content check accepts (or a disguise it must refuse).

/** A zip archive of `entries` (stored, uncompressed), in the order given. */
export function zipOf(entries: [name: string, content: string | Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** An OOXML package whose main part is of `mainType`. */
export const ooxml = (mainType: string, extra: [string, string][] = []) =>
  zipOf([['[Content_Types].xml', contentTypes(mainType)], ['main.xml', '<x/>'], ...extra]);

/** An OpenDocument package of `mimetype`. */
export const odf = (mimetype: string) =>
  zipOf([
    ['mimetype', mimetype],
    ['content.xml', '<office:document-content/>'],
  ]);

/** A real XLSX workbook, written by exceljs. */
export async function xlsxWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Delegations').addRow(['Қазақстан', 'Kyrgyzstan']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
export const WEBP_START = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(18),
]);
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export const DOCX_TYPE = `${OOXML}.wordprocessingml.document.main+xml`;
export const PPTX_TYPE = `${OOXML}.presentationml.presentation.main+xml`;

/** Sends `content` as the `file` part of `POST /api/files[?query]` as `who`. */
export function upload(
  w: RegistryWorld,
  who: Caller,
  content: string | Buffer,
  filename: string,
  query = '',
): Promise<LightMyRequestResponse> {
  return uploadWith(w, w.cookies.get(who), content, filename, query);
}

/** As `upload`, signed in with the session `cookie` (none: anonymous). */
export function uploadWith(
  w: RegistryWorld,
  cookie: string | undefined,
  content: string | Buffer,
  filename: string,
  query = '',
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(content, {
    filename,
    contentType: 'application/octet-stream',
  });
  return w.t.app.inject({
    method: 'POST',
    url: `/api/files${query ? `?${query}` : ''}`,
    headers: { origin: ORIGIN, 'content-type': contentType, ...(cookie ? { cookie } : {}) },
    payload,
  });
}

/** Every regular file under `dir` (recursively), as paths relative to it; none when it is missing. */
export function filesUnder(dir: string): string[] {
  let entries: { name: string; parentPath: string; isFile(): boolean }[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

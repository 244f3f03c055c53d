import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../errors/app-error.ts';
import type { FileKind } from './files.kinds.ts';

// What a stored upload really is, judged by its bytes: magic numbers for PDF and images; for zip
// containers, the inner `[Content_Types].xml` (OOXML) or `mimetype` entry (OpenDocument); strict
// UTF-8 without control characters for text. The name and the declared type play no part here.

const HEAD_BYTES = 4096;
/** Entries of a zip looked at before giving up, and the most of one inner entry read. */
const MAX_ZIP_ENTRIES = 10_000;
const MAX_INNER_BYTES = 1024 * 1024;

const OOXML_MAIN: Record<string, FileKind> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'pptx',
};
const ODF_MIMETYPES: Record<string, FileKind> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

// The starts a browser's MIME sniffing takes for HTML or XML (WHATWG MIME Sniffing §7.1), and a
// script's shebang: such "text" is refused even though it is served as an attachment with nosniff.
const MARKUP_START =
  /^(?:<!--|<\?xml|#!|<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|svg)(?:[\s>/]|$))/i;

/** A refusal of an upload's content, with the reason in the message. */
export const notAllowed = (reason: string) =>
  new AppError(
    'FILE_TYPE_NOT_ALLOWED',
    `The file is not an accepted document (PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, ODT, ODS, ODP or UTF-8 text): ${reason}.`,
  );

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

/** The kind the first bytes announce, `zip` for any zip container, or undefined. */
export function kindOfMagic(head: Buffer): FileKind | 'zip' | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'webp';
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return undefined;
}

async function readAtMost(stream: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      stream.destroy();
      throw notAllowed('an office file whose type entry is implausibly large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The kind an inner type entry names, or a refusal; undefined for any other entry. */
async function kindOfEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<FileKind | undefined> {
  if (entry.fileName === 'mimetype') {
    const type = (await readAtMost(await zip.openReadStreamPromise(entry), 200)).trim();
    const kind = ODF_MIMETYPES[type];
    if (!kind) throw notAllowed(`an OpenDocument file of type ${type.slice(0, 80)}`);
    return kind;
  }
  if (entry.fileName === '[Content_Types].xml') {
    const xml = await readAtMost(await zip.openReadStreamPromise(entry), MAX_INNER_BYTES);
    if (/vbaProject|macroEnabled/i.test(xml)) throw notAllowed('an office file with macros');
    const types = [...xml.matchAll(/ContentType\s*=\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
    const kind = types.map((t) => OOXML_MAIN[t]).find((k) => k !== undefined);
    if (!kind) throw notAllowed('an office file of another kind');
    return kind;
  }
  return undefined;
}

/**
 * The office kind of a zip container, from `[Content_Types].xml` or `mimetype`; every entry is
 * looked at, so macros (`vbaProject.bin`) are found wherever they sit.
 */
async function officeKind(path: string): Promise<FileKind> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: true });
  } catch {
    throw notAllowed('a damaged zip archive');
  }
  let kind: FileKind | undefined;
  try {
    let seen = 0;
    for await (const entry of zip.eachEntry()) {
      if (++seen > MAX_ZIP_ENTRIES) throw notAllowed('a zip archive of too many entries');
      if (/(^|\/)vbaProject\.bin$/i.test(entry.fileName)) throw notAllowed('an office file with macros');
      kind = (await kindOfEntry(zip, entry)) ?? kind;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notAllowed('a damaged zip archive');
  } finally {
    zip.close();
  }
  if (!kind) throw notAllowed('a zip archive that is not an office document');
  return kind;
}

const isControl = (b: number) =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

/**
 * Is the whole file UTF-8 text without control characters, and not markup or a script?
 * Read as a stream: a text upload may be as large as any other.
 */
async function isPlainText(path: string, head: Buffer): Promise<boolean> {
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512);
  if (MARKUP_START.test(start)) return false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (chunk.some(isControl)) return false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch {
    return false;
  }
  return true;
}

/**
 * The kind of the file at `path`, judged by its content alone. Text is reported as `text`; the
 * caller tells text kinds apart by the name.
 * @throws AppError FILE_TYPE_NOT_ALLOWED for anything that is none of the accepted kinds
 */
export async function detectKind(path: string): Promise<FileKind> {
  const head = await readHead(path);
  const magic = kindOfMagic(head);
  if (magic === 'zip') return officeKind(path);
  if (magic) return magic;
  if (await isPlainText(path, head)) return 'text';
  throw notAllowed(describeUnknown(head));
}

/** A few words on what an unaccepted file seems to be, for the refusal's message. */
function describeUnknown(head: Buffer): string {
  if (startsWith(head, [0x4d, 0x5a])) return 'a Windows executable';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'an ELF executable';
  const start = head.toString('latin1').trimStart();
  if (start.startsWith('#!')) return 'a script';
  if (/^</.test(start)) return 'HTML or XML markup';
  return 'binary data of an unknown kind';
}

import { FILE_KINDS, type FileKind } from './files.kinds.ts';

// Uploaders' file names are kept for people to read and to offer on download; they never become
// a path (the bytes live under a server-made name).

const MAX_NAME_LENGTH = 200;
// C0 and C1 controls, and the marks that reorder text (a "gnp.exe" spelled with U+202E).
const INVISIBLE = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * A file name fit to keep and show: the last path segment, NFC, without control or bidirectional
 * characters, Windows-reserved characters replaced by `_`, no leading dots, at most 200
 * characters (the extension kept); `file` when nothing is left.
 * @example sanitiseFileName('C:\\docs\\Протокол №5.pdf') // 'Протокол №5.pdf'
 */
export function sanitiseFileName(raw: string): string {
  const last = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = last
    .replace(INVISIBLE, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (!name) return 'file';
  const chars = [...name];
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const ext = /\.[^.]{1,10}$/.exec(name)?.[0] ?? '';
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext;
}

/** `name` with the kind's usual extension added when its own extension is none of the kind's. */
export function withExtensionOf(name: string, kind: FileKind): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const { extensions } = FILE_KINDS[kind];
  return ext && extensions.includes(ext) ? name : `${name}.${extensions[0]}`;
}

/** RFC 5987 `value-chars`: everything but attr-char percent-encoded from UTF-8. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A `Content-Disposition: attachment` value (RFC 6266) carrying `name` intact in `filename*`
 * (RFC 5987, UTF-8, so Cyrillic and Turkic letters survive), with an ASCII `filename` for old
 * clients (letters stripped of accents, anything else non-ASCII as `_`).
 * @example attachmentDisposition('Протокол.pdf')
 *   // `attachment; filename="________.pdf"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB.pdf`
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

// The lexical layer of iCalendar (RFC 5545 §3.1, §3.3): TEXT escaping, DATE and UTC DATE-TIME
// values, and folding content lines at 75 octets without splitting a UTF-8 sequence.

const MAX_OCTETS = 75;
const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, LF, CR)
 * as `\n`; other control characters, which TEXT does not allow, dropped (a tab is kept).
 * @example escapeText('Bakı; 5, "Diaspora"\nday 2') // 'Bakı\\; 5\\, "Diaspora"\\nday 2'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\p{Cc}]/gu, (c) => (c === '\t' ? c : ''));
}

/**
 * Folds one content line (§3.1): at most 75 octets per physical line, continuation lines
 * starting with one space (which counts), breaks only between code points; joined by CRLF.
 * @example foldLine(`SUMMARY:${'ə'.repeat(40)}`) // 'SUMMARY:' + 33 × 'ə', CRLF, ' ' + 7 × 'ə'
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE value (`YYYYMMDD`) of an ISO date `YYYY-MM-DD`. @throws Error for anything else */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`not an ISO date: ${isoDate}`);
  }
  return `${match[1]}${match[2]}${match[3]}`;
}

/** The ISO date one day after `isoDate` (DTEND of an all-day event is exclusive). */
export function nextDay(isoDate: string): string {
  formatDate(isoDate);
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME value (`YYYYMMDDTHHMMSSZ`), seconds truncated. @throws Error for an invalid date */
export function formatUtc(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new Error('not a valid instant');
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

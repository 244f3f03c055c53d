import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatDate, formatUtc, nextDay } from './content-line.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replaceAll('\r\n ', '');

describe('escapeText', () => {
  it.each([
    ['Baku, Azerbaijan', 'Baku\\, Azerbaijan'],
    ['one; two', 'one\\; two'],
    ['C:\\minutes', 'C:\\\\minutes'],
    ['line one\nline two', 'line one\\nline two'],
    ['crlf\r\nand cr\rend', 'crlf\\nand cr\\nend'],
    ['tab\tkept, bell\u0007 and nul\u0000 dropped', 'tab\tkept\\, bell and nul dropped'],
    ['"quotes" and : colons stay', '"quotes" and : colons stay'],
    ['Қазақ ә ғ қ; ə ğ ı, ş ö ü ç ң ө ү', 'Қазақ ә ғ қ\\; ə ğ ı\\, ş ö ü ç ң ө ү'],
    ['\\;', '\\\\\\;'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76 after the 75th', () => {
    const at75 = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(at75)).toBe(at75);
    expect(foldLine(`${at75}y`)).toBe(`${at75}\r\n y`);
  });

  it('folds two-octet letters byte-exactly, never between the two octets of one letter', () => {
    // 'SUMMARY:' is 8 octets; 33 × 'ə' make 74, a 34th would make 76.
    const folded = foldLine(`SUMMARY:${'ə'.repeat(40)}`);
    expect(folded).toBe(`SUMMARY:${'ə'.repeat(33)}\r\n ${'ə'.repeat(7)}`);
    expect(Buffer.from(folded).subarray(0, 76).toString('hex')).toBe(
      `${Buffer.from('SUMMARY:').toString('hex')}${'c999'.repeat(33)}0d0a`,
    );
  });

  it('counts the leading space of a continuation line', () => {
    const folded = foldLine(`X:${'a'.repeat(73)}${'b'.repeat(74)}${'c'.repeat(10)}`);
    expect(folded.split('\r\n')).toEqual([`X:${'a'.repeat(73)}`, ` ${'b'.repeat(74)}`, ` ${'c'.repeat(10)}`]);
  });

  it('keeps three- and four-octet characters whole at the fold', () => {
    // 73 ASCII octets, then '№' (3 octets) does not fit: it starts the next line.
    expect(foldLine(`${'a'.repeat(73)}№—`)).toBe(`${'a'.repeat(73)}\r\n №—`);
    // 74 octets, then an emoji (4 octets, a surrogate pair in JavaScript) moves whole.
    expect(foldLine(`${'a'.repeat(74)}🇦🇿`)).toBe(`${'a'.repeat(74)}\r\n 🇦🇿`);
  });

  it('makes physical lines of at most 75 octets, each valid UTF-8, that unfold to the original', () => {
    const letters = [...'əğışöüçңөүәғқұһіİÇŞaz №—🇰🇿 '];
    const strict = new TextDecoder('utf-8', { fatal: true });
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const value = Array.from({ length: random() % 200 }, () => letters[random() % letters.length]).join('');
      const folded = foldLine(`DESCRIPTION:${value}`);
      for (const physical of folded.split('\r\n')) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(strict.decode(Buffer.from(physical))).toBe(physical);
      }
      expect(unfold(folded)).toBe(`DESCRIPTION:${value}`);
    }
  });
});

describe('dates', () => {
  it('writes DATE and UTC DATE-TIME values', () => {
    expect(formatDate('2019-02-05')).toBe('20190205');
    expect(formatUtc(new Date('2019-02-05T06:30:59.999Z'))).toBe('20190205T063059Z');
    expect(formatUtc(new Date('0999-01-01T00:00:00Z'))).toBe('09990101T000000Z');
  });

  it('finds the next day across months, years and leap days', () => {
    expect(nextDay('2019-02-28')).toBe('2019-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2018-12-31')).toBe('2019-01-01');
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2019-02-29', '2019-13-01', '5 Feb 2019', '2019-2-5']) {
      expect(() => formatDate(bad)).toThrow(/not an ISO date/);
    }
    expect(() => formatUtc(new Date('nonsense'))).toThrow();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCodeName, formatDay, formatRelativeSeconds } from './format';
import { dateTimeFormat, offsetAt, substituteIntl } from './intl';
import { formatjsFor } from './formatjs';

// The FormatJS path, as a browser without the data takes it (Node itself has the data).
beforeAll(async () => {
  for (const language of ['az', 'kk', 'ky', 'uz']) substituteIntl(language, await formatjsFor(language));
});

const MAY_21 = Date.UTC(2019, 4, 21, 10); // 14:00 in Baku
const MONDAY = Date.UTC(2024, 0, 1);

describe('the formatting layer with FormatJS', () => {
  it.each([
    ['kk', 'мамыр', 'мам.', 'дс', '21 мам.', 'Қазақстан'],
    ['ky', 'май', 'май', 'дүй.', '21-май', 'Казакстан'],
    ['az', 'may', 'may', 'B.E.', '21 may 2019', 'Qazaxıstan'],
    ['uz', 'may', 'may', 'Dush', '21-may, 2019', 'Qozogʻiston'],
  ])('writes %s month, weekday and country names', (language, long, short, weekday, day, country) => {
    const utc = (options: Intl.DateTimeFormatOptions) =>
      dateTimeFormat(language, { ...options, timeZone: 'UTC' });
    expect(utc({ month: 'long', year: 'numeric' }).format(MAY_21).toLowerCase()).toContain(long);
    expect(utc({ month: 'short' }).format(MAY_21).toLowerCase()).toBe(short.toLowerCase());
    expect(utc({ weekday: 'short' }).format(MONDAY).toLowerCase()).toBe(weekday.toLowerCase());
    expect(formatDay('2019-05-21', language)).toContain(day);
    expect(formatCodeName('region', 'KZ', language)).toBe(country);
    expect(formatDay('2019-05-21', language)).not.toMatch(/M05|May/);
  });

  it('reads times and offsets in the event zone from the runtime’s zone rules', () => {
    const time = dateTimeFormat('kk', { timeStyle: 'short', timeZone: 'Asia/Baku' });
    expect(time.format(MAY_21)).toBe('14:00');
    const offset = dateTimeFormat('az', { timeZone: 'Asia/Baku', timeZoneName: 'shortOffset' })
      .formatToParts(MAY_21)
      .find((p) => p.type === 'timeZoneName')?.value;
    expect(offset).toBe('GMT+4');
    // Summer and winter time in one zone: the offset is taken at each instant.
    const berlin = dateTimeFormat('ky', { timeStyle: 'short', timeZone: 'Europe/Berlin' });
    expect(berlin.format(Date.UTC(2019, 0, 10, 10))).toBe('11:00');
    expect(berlin.format(MAY_21)).toBe('12:00');
    expect(() => dateTimeFormat('kk', { timeZone: 'Nowhere/Land' }).format(MAY_21)).toThrow(RangeError);
  });

  it('writes relative times in the language', () => {
    expect(formatRelativeSeconds(150, 'kk')).toBe('3 минуттан кейін');
  });

  it('leaves the other languages to the runtime', () => {
    expect(dateTimeFormat('ru', { month: 'long', timeZone: 'UTC' })).toBeInstanceOf(Intl.DateTimeFormat);
    expect(formatDay('2019-05-21', 'en')).toBe('May 21, 2019');
  });
});

describe('offsetAt', () => {
  it('gives a zone’s offset at an instant', () => {
    expect(offsetAt('Asia/Baku', MAY_21)).toBe('+04:00');
    expect(offsetAt('America/New_York', MAY_21)).toBe('-04:00');
    expect(offsetAt('Europe/London', Date.UTC(2019, 0, 1))).toBe('+00:00');
    expect(offsetAt('UTC', MAY_21)).toBe('UTC');
  });
});

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every non-test TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the formatting layer', () => {
  it('is the one door: no file outside i18n/ builds a formatter for a language held in a variable', () => {
    const direct = sources(SRC)
      .filter((path) => !relative(SRC, path).startsWith('i18n'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) =>
            /new Intl\.(DateTimeFormat|DisplayNames|RelativeTimeFormat)\((?!['")])/.test(line),
          )
          .map((line) => `${relative(SRC, path)}: ${line.trim()} (use i18n/intl.ts, ADR 0025)`),
      );
    expect(direct).toEqual([]);
  });
});

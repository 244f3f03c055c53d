import { describe, expect, it } from 'vitest';
import { formatCodeName, formatDate, formatDay, formatNumber, formatRelativeSeconds } from './format';
import { pickLanguage } from './languages';

describe('format helpers', () => {
  it('format per language and tolerate missing values', () => {
    const date = new Date(Date.UTC(2026, 2, 5, 12));
    expect(formatDate(date, 'en')).toContain('2026');
    expect(formatDate(date, 'ru')).not.toBe(formatDate(date, 'en'));
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });

  it('express waits in seconds or whole minutes', () => {
    expect(formatRelativeSeconds(42, 'en')).toBe('in 42 seconds');
    expect(formatRelativeSeconds(61, 'en')).toBe('in 2 minutes');
  });
});

describe('pickLanguage', () => {
  it('matches on the primary subtag and falls back to English', () => {
    expect(pickLanguage(['kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['de-DE', 'uz-Latn-UZ'])).toBe('uz');
    expect(pickLanguage(['fr', undefined])).toBe('en');
  });
});

describe('formatCodeName', () => {
  it('names languages, scripts and regions in the interface language', () => {
    expect(formatCodeName('region', 'KZ', 'en')).toBe('Kazakhstan');
    expect(formatCodeName('script', 'Cyrl', 'en')).toBe('Cyrillic');
    expect(formatCodeName('language', 'ky', 'ru')).toBe('киргизский');
    expect(formatCodeName('region', '', 'en')).toBe('');
    expect(formatCodeName('language', '!!', 'en')).toBe('!!');
  });
});

describe('formatDay', () => {
  it('keeps the stored day whatever the time zone, and tolerates partial dates', () => {
    expect(formatDay('2021-11-12', 'en')).toBe('Nov 12, 2021');
    expect(formatDay('2021', 'en')).toBe('2021');
    expect(formatDay('2021-11', 'en')).toBe('November 2021');
    expect(formatDay(null, 'en')).toBe('');
  });
});

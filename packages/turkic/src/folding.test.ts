import { describe, expect, it } from 'vitest';
import { lowerCase, searchFold, upperCase, usesTurkicCasing } from './folding.ts';

describe('lowerCase', () => {
  it.each([
    ['IĞDIR', 'tr', 'ığdır'],
    ['İSTANBUL', 'tr', 'istanbul'],
    ['ISPARTA', 'az-Latn-AZ', 'ısparta'],
    ['İstanbul', undefined, 'istanbul'],
    ['ISPARTA', undefined, 'isparta'],
    ['ƏLİ', 'az', 'əli'],
    ['ҚАЗАҚСТАН', 'kk', 'қазақстан'],
    ['ӨСКЕМЕН ҮШТӨБЕ ҰЛЫТАУ ҺӘМ ІЛИЯС', undefined, 'өскемен үштөбе ұлытау һәм ілияс'],
    ['I\u0307zmir', 'tr', 'izmir'],
  ])('%s (%s) → %s', (text, locale, expected) => {
    expect(lowerCase(text, locale)).toBe(expected);
  });
});

describe('upperCase', () => {
  it.each([
    ['istanbul', 'tr', 'İSTANBUL'],
    ['ılık', 'tr', 'ILIK'],
    ['şirin', 'az', 'ŞİRİN'],
    ['istanbul', undefined, 'ISTANBUL'],
    ['ılık', undefined, 'ILIK'],
    ['әлия ғалымжан', 'kk', 'ӘЛИЯ ҒАЛЫМЖАН'],
  ])('%s (%s) → %s', (text, locale, expected) => {
    expect(upperCase(text, locale)).toBe(expected);
  });
});

describe('searchFold', () => {
  it.each([
    ['Rəşad HÜSEYNOV', 'resad huseynov'],
    ['Нұрлан Сәрсенбаев', 'нурлан сарсенбаев'],
    ['Yoʻldosheva', 'yoldosheva'],
    ["G'ulom", 'gulom'],
    ['Ёлкин Йўлдошев', 'елкин йулдошев'],
    ['  Çağrı   IŞIK ', 'cagri isik'],
    ['Döwlet Ýazmyradow', 'dowlet yazmyradow'],
    ['Һејдәр Ҹәлил', 'хейдар джалил'],
  ])('%s → %s', (text, expected) => {
    expect(searchFold(text)).toBe(expected);
  });

  it('makes Turkish-keyboard and ASCII spellings equal', () => {
    expect(searchFold('ŞANLIURFA')).toBe(searchFold('şanlıurfa'));
    expect(searchFold('İĞDIR')).toBe(searchFold('Igdir'));
  });
});

describe('usesTurkicCasing', () => {
  it.each([
    ['tr', true],
    ['az-Latn', true],
    ['kk', true],
    ['tt-Latn', true],
    ['en', false],
    ['ru', false],
    [undefined, false],
  ])('%s → %s', (locale, expected) => {
    expect(usesTurkicCasing(locale)).toBe(expected);
  });
});

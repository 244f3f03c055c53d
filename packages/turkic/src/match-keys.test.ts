import { describe, expect, it } from 'vitest';
import { DIFFERENT_NAME_PAIRS, SAME_NAME_GROUPS } from '../test/golden-names.ts';
import { matchKeyParts, matchKeys, nameKey, phoneticSkeleton, wordRotations } from './match-keys.ts';
import { bestKeySimilarity, trigramSimilarity } from './trigram.ts';

/** pg_trgm's default threshold for the % operator. */
const PG_TRGM_THRESHOLD = 0.3;

const pairsOf = (group: readonly string[]): [string, string][] =>
  group.flatMap((a, i) => group.slice(i + 1).map((b): [string, string] => [a, b]));

describe('nameKey', () => {
  it.each([
    ['Rəşad Hüseynov', 'rasad huseinov'],
    ['Rashad Huseynov', 'rasad huseinov'],
    ['Айгерім Жұмабаева', 'aigerim jumabaeva'],
    ['Aigerim Zhumabayeva', 'aigerim jumabaeva'],
    ['Aygerim Cumabayeva', 'aigerim jumabaeva'],
    ['Serik kyzy', 'serikizi'],
    ['Serikqızı', 'serikizi'],
    ['Dauren Serikuly', 'dauren serikuli'],
    ['Dauren Serikovich', 'dauren serikuli'],
    ['Nodira Yoʻldosheva', 'nodira yoldoseva'],
    ['Nodira Yo`ldosheva', 'nodira yoldoseva'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('phoneticSkeleton', () => {
  it.each([
    ['Ülviyyə Həsənova', 'ulv ksnv'],
    ['Ulviya Gasanova', 'ulv ksnv'],
    ['Ulviyye Hesenov', 'ulv ksnv'],
    ['Vüqar Rəhimov', 'vkr rkmv'],
  ])('%s → %s', (name, key) => {
    expect(phoneticSkeleton(name)).toBe(key);
  });
});

describe('matchKeys', () => {
  it('returns 1–6 distinct lower-case ASCII keys', () => {
    for (const name of SAME_NAME_GROUPS.flat()) {
      const keys = matchKeys(name);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      expect(keys.length).toBeLessThanOrEqual(6);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    }
  });

  it('can leave out the skeleton and ASCII keys', () => {
    expect(matchKeys('Rəşad Hüseynov', { ascii: false, skeleton: false })).toEqual(['rasad huseinov']);
  });

  it.each(SAME_NAME_GROUPS.flatMap(pairsOf))('%s and %s meet on a key', (a, b) => {
    expect(bestKeySimilarity(matchKeys(a), matchKeys(b))).toBeGreaterThanOrEqual(PG_TRGM_THRESHOLD);
  });

  it.each(DIFFERENT_NAME_PAIRS)('%s and %s have different phonetic keys', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(phoneticSkeleton(a)).not.toBe(phoneticSkeleton(b));
  });
});

describe('trigramSimilarity', () => {
  it.each([
    ['abc', 'abc', 1],
    ['word', 'two words', 4 / 11],
    ['', '', 0],
    ['rasad huseinov', 'huseinov rasad', 1],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
  });
});

describe('wordRotations', () => {
  it('turns a key of two or three words in each rotation, the key itself first', () => {
    expect(wordRotations('jalieva zarkinai')).toEqual(['jalieva zarkinai', 'zarkinai jalieva']);
    expect(wordRotations('jafarov rasad aliuli')).toEqual([
      'jafarov rasad aliuli',
      'aliuli jafarov rasad',
      'rasad aliuli jafarov',
    ]);
    expect(wordRotations('madona')).toEqual(['madona']);
  });

  it('gives the keys of the name written in the other order', () => {
    const keys = matchKeys('Жаркынай Галиева');
    for (const key of matchKeys('Галиева Жаркынай')) expect(keys).toContain(wordRotations(key)[1]);
  });
});

describe('matchKeyParts', () => {
  it('gives the keys of matchKeys by kind', () => {
    expect(matchKeyParts('Rəşad Hüseynov')).toEqual({
      phonetic: 'rasad huseinov',
      skeleton: 'rst ksnv',
      ascii: 'resad huseynov',
    });
    expect(matchKeys('Rəşad Hüseynov')).toEqual(['rasad huseinov', 'rst ksnv', 'resad huseynov']);
    expect(matchKeyParts('Rəşad Hüseynov', { skeleton: false }).skeleton).toBeUndefined();
  });
});

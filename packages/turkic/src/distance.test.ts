import { describe, expect, it } from 'vitest';
import {
  NAME_MATCH_THRESHOLD,
  nameDistance,
  nameSimilarity,
  partialNameSimilarity,
  prepareName,
} from './distance.ts';
import { DIFFERENT_NAME_PAIRS, ELEMENT_APART_PAIRS, SAME_NAME_GROUPS } from '../test/golden-names.ts';

const pairsOf = (group: readonly string[]): [string, string][] =>
  group.flatMap((a, i) => group.slice(i + 1).map((b): [string, string] => [a, b]));

describe('nameDistance', () => {
  it('is 0 for the same name and symmetric, within 0..1', () => {
    const names = SAME_NAME_GROUPS.flat();
    for (const a of names) {
      expect(nameDistance(a, a)).toBe(0);
      for (const b of names.slice(0, 12)) {
        const d = nameDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(nameDistance(b, a)).toBeCloseTo(d, 10);
      }
    }
  });

  it.each([
    ['Rəşad Hüseynov', 'Rashad Huseynov', 0.1],
    ['Elçin Məmmədov', 'Elchin Mammadov', 0.1],
    ['Айгерім Жұмабаева', 'Aigerim Zhumabayeva', 0.01],
    ['Aigerim Zhumabayeva', 'Zhumabayeva Aigerim', 0.03],
    ['Nurlan Asanov', 'Nurlan Asanova', 0.06],
    ['Nurlan Aliev', 'Nurlan Aliyev', 0.01],
    ['Bolat Serikuly', 'Bolat Serik uly', 0.01],
    ['Ömer Kocaman', 'Omer Kocman', 0.1],
  ])('%s ~ %s is within %d', (a, b, most) => {
    expect(nameDistance(a, b)).toBeLessThanOrEqual(most);
  });

  it('is 1 against an empty name and 0 between two empty names', () => {
    expect(nameDistance('', 'Ayşe')).toBe(1);
    expect(nameDistance('', '  ')).toBe(0);
  });

  it('prefers the stored order on a tie', () => {
    expect(nameDistance('Ayşe Güneş', 'Ayşe Güneş')).toBeLessThan(nameDistance('Güneş Ayşe', 'Ayşe Güneş'));
  });

  it('accepts prepared names', () => {
    expect(nameDistance(prepareName('Шымкент'), 'Shymkent')).toBe(nameDistance('Шымкент', 'Shymkent'));
  });
});

describe('nameSimilarity', () => {
  it.each(SAME_NAME_GROUPS.flatMap(pairsOf))('%s = %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
  });

  it.each(DIFFERENT_NAME_PAIRS)('%s ≠ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NAME_MATCH_THRESHOLD);
  });

  it.each(ELEMENT_APART_PAIRS)('%s ≠ %s (one name element apart)', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NAME_MATCH_THRESHOLD);
    expect(partialNameSimilarity(a.split(' ')[1] ?? a, b)).toBe(0);
  });

  it('ranks the right spelling over a look-alike', () => {
    const query = 'Gulnara Ismailova';
    expect(nameSimilarity(query, 'Гүлнара Исмаилова')).toBeGreaterThan(
      nameSimilarity(query, 'Гүлнара Ибрагимова'),
    );
  });
});

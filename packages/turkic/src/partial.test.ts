import { describe, expect, it } from 'vitest';
import {
  NAME_MATCH_THRESHOLD,
  nameSimilarity,
  PARTIAL_MATCH_MAX,
  PREFIX_MATCH_MAX,
  partialNameSimilarity,
} from './distance.ts';

describe('partialNameSimilarity', () => {
  it('matches one word of a longer name in any script and romanisation', () => {
    for (const [query, stored] of [
      ['Galieva', 'Галиева Жаркынай'],
      ['Zharkynai', 'Галиева Жаркынай'],
      ['Kocaman', 'Ömer Kocaman'],
      ['Kodzhaman', 'Ömer Kocaman'],
      ['Dzhafarov', 'Elnur Cəfərov'],
      ['Imanbaev', 'Мейрам Иманбаев'],
    ] as const) {
      const score = partialNameSimilarity(query, stored);
      expect(score, `${query} / ${stored}`).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
      expect(score, `${query} / ${stored}`).toBeLessThanOrEqual(PARTIAL_MATCH_MAX);
    }
  });

  it('matches a prefix of at least three letters of the last word, below a whole word', () => {
    expect(partialNameSimilarity('Gali', 'Галиева Жаркынай')).toBeCloseTo(PREFIX_MATCH_MAX, 10);
    expect(partialNameSimilarity('Galieva Zhar', 'Галиева Жаркынай')).toBeCloseTo(PREFIX_MATCH_MAX, 10);
    expect(partialNameSimilarity('Bish', 'Bishkek')).toBeCloseTo(PREFIX_MATCH_MAX, 10);
    expect(partialNameSimilarity('Ga', 'Галиева Жаркынай')).toBe(0);
    expect(partialNameSimilarity('Gali', 'Галиева Жаркынай')).toBeLessThan(
      partialNameSimilarity('Galieva', 'Галиева Жаркынай'),
    );
  });

  it('scores below the full name and leaves full-name comparisons to nameSimilarity', () => {
    const stored = 'Галиева Жаркынай';
    expect(partialNameSimilarity('Galieva', stored)).toBeLessThan(
      nameSimilarity('Zharkynai Galieva', stored),
    );
    expect(partialNameSimilarity('Zharkynai Galieva', stored)).toBe(0);
    expect(partialNameSimilarity('Bishkek', 'Bishkek')).toBe(0);
    expect(partialNameSimilarity('Galieva Zharkynai Ermekovna', stored)).toBe(0);
  });

  it('does not match another word', () => {
    expect(partialNameSimilarity('Kocak', 'Ömer Kocaman')).toBe(0);
    expect(partialNameSimilarity('Kocaman', 'Ömer Koçak')).toBe(0);
    expect(partialNameSimilarity('Galimova', 'Галиева Жаркынай')).toBe(0);
    expect(partialNameSimilarity('Hasanov', 'Rəşad Hüseynov')).toBe(0);
    expect(partialNameSimilarity('Zhumabekova', 'Aigerim Zhumabaeva')).toBe(0);
  });
});

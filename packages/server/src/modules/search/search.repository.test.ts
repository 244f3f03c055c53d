import { describe, expect, it } from 'vitest';
import { allButOne } from './search.repository.ts';

describe('allButOne', () => {
  it('gives, for each key, its words with one left out (one typo leaves the rest)', () => {
    expect(allButOne(['galieva jarkinai'])).toEqual([['jarkinai'], ['galieva']]);
    expect(allButOne(['a b c'])).toEqual([
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'b'],
    ]);
  });

  it('keeps a one-word key whole and drops repeated sets', () => {
    expect(allButOne(['madona', 'madona'])).toEqual([['madona']]);
    expect(allButOne(['a a b'])).toEqual([['b'], ['a']]);
  });
});

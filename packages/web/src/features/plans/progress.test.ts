import { describe, expect, it } from 'vitest';
import { parseProgress, progressSource, weightedRollup } from './progress';

describe('progressSource', () => {
  it('is the item’s own for a leaf, whatever its mode', () => {
    expect(progressSource({ progressMode: 'rollup' }, 0)).toBe('own');
    expect(progressSource({ progressMode: 'manual' }, 0)).toBe('own');
  });

  it('tells a rolled-up parent from one set by hand', () => {
    expect(progressSource({ progressMode: 'rollup' }, 2)).toBe('rollup');
    expect(progressSource({ progressMode: 'manual' }, 2)).toBe('manual');
  });
});

describe('weightedRollup', () => {
  it('weights each child and rounds', () => {
    expect(
      weightedRollup([
        { progress: 100, weight: 1 },
        { progress: 60, weight: 1 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(53);
    expect(
      weightedRollup([
        { progress: 100, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(75);
  });

  it('is null without children or weight', () => {
    expect(weightedRollup([])).toBeNull();
    expect(weightedRollup([{ progress: 50, weight: 0 }])).toBeNull();
  });
});

describe('parseProgress', () => {
  it('accepts whole numbers from 0 to 100', () => {
    expect(parseProgress(' 60 ')).toBe(60);
    expect(parseProgress('0')).toBe(0);
    expect(parseProgress('100')).toBe(100);
  });

  it('refuses anything else', () => {
    for (const text of ['', '101', '-1', '6.5', 'sixty']) expect(parseProgress(text)).toBeNull();
  });
});

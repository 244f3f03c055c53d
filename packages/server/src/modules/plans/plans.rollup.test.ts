import { describe, expect, it } from 'vitest';
import { type RollupNode, rollUp, weightedProgress } from './plans.rollup.ts';

const node = (
  id: string,
  parent: string | null,
  progress: number,
  extra: Partial<RollupNode> = {},
): RollupNode => ({
  id,
  parent_id: parent,
  progress,
  progress_mode: 'rollup',
  weight: '1',
  status: 'planned',
  ...extra,
});

describe('weightedProgress', () => {
  it('is the weighted mean rounded half up, without cancelled items unless all are', () => {
    expect(weightedProgress([])).toBe(0);
    expect(
      weightedProgress([
        { progress: 0, weight: 1, status: 'planned' },
        { progress: 1, weight: 1, status: 'planned' },
      ]),
    ).toBe(1);
    expect(
      weightedProgress([
        { progress: 100, weight: '0.5', status: 'done' },
        { progress: 0, weight: '1.5', status: 'planned' },
      ]),
    ).toBe(25);
    expect(
      weightedProgress([
        { progress: 80, weight: 1, status: 'done' },
        { progress: 0, weight: 9, status: 'cancelled' },
      ]),
    ).toBe(80);
    expect(weightedProgress([{ progress: 40, weight: 1, status: 'cancelled' }])).toBe(40);
  });
});

describe('rollUp', () => {
  it('computes a three-level tree bottom-up, keeps manual parents and reports only changes', () => {
    const items = [
      node('a', null, 0),
      node('b', 'a', 20),
      node('c', 'a', 0, { weight: '3' }),
      node('c1', 'c', 100),
      node('c2', 'c', 0),
      node('m', null, 33, { progress_mode: 'manual' }),
      node('m1', 'm', 100),
    ];
    const { changed, plan } = rollUp(items);
    expect(Object.fromEntries(changed)).toEqual({ a: 43, c: 50 });
    expect(plan).toBe(38); // (43 + 33) / 2
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../api/plans-types';
import { branchIds, buildTree, compareCodes, myItems } from './plan-tree';

function item(id: string, code: string, parentId: string | null, mine = false): PlanItem {
  return {
    id,
    planId: 'p',
    parentId,
    code,
    depth: code.split('.').length - 1,
    title: { en: code },
    description: null,
    responsible: [],
    supporting: [],
    countries: [],
    region: null,
    period: null,
    status: 'planned',
    progress: 0,
    progressMode: 'manual',
    weight: 1,
    overdue: false,
    mine,
    canEdit: false,
    canUpdate: false,
    indicators: [],
    decisions: [],
    evidence: [],
    updates: 0,
    lastUpdate: null,
  };
}

describe('compareCodes', () => {
  it('orders codes part by part as numbers', () => {
    const codes = ['2', '1.10', '1', '1.2', '10', '1.2.1'];
    expect([...codes].sort(compareCodes)).toEqual(['1', '1.2', '1.2.1', '1.10', '2', '10']);
  });
});

describe('buildTree', () => {
  it('nests items under their parents in code order', () => {
    const tree = buildTree([
      item('b', '2', null),
      item('a2', '1.10', 'a'),
      item('a', '1', null),
      item('a1', '1.2', 'a'),
      item('a11', '1.2.1', 'a1'),
    ]);
    expect(tree.map((n) => n.item.code)).toEqual(['1', '2']);
    expect(tree[0]?.children.map((n) => n.item.code)).toEqual(['1.2', '1.10']);
    expect(tree[0]?.children[0]?.children.map((n) => n.item.code)).toEqual(['1.2.1']);
    expect(tree[1]?.children).toEqual([]);
  });

  it('keeps an item whose parent is missing as a root', () => {
    const tree = buildTree([item('x', '3.1', 'gone'), item('a', '1', null)]);
    expect(tree.map((n) => n.item.code)).toEqual(['1', '3.1']);
  });

  it('lists the branches for "expand all"', () => {
    const tree = buildTree([item('a', '1', null), item('a1', '1.1', 'a'), item('b', '2', null)]);
    expect(branchIds(tree)).toEqual(['a']);
  });
});

describe('myItems', () => {
  it('keeps the caller’s items in code order', () => {
    const items = [item('c', '3', null, true), item('a', '1', null), item('b', '1.2', 'a', true)];
    expect(myItems(items).map((i) => i.code)).toEqual(['1.2', '3']);
  });
});

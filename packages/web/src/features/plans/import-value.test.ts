import { describe, expect, it } from 'vitest';
import { importValue } from './PlanImportReport';
import { planView } from './PlanViewTabs';

describe('importValue', () => {
  it('writes a report cell as text, lists joined as the file joins them', () => {
    expect(importValue('in_progress', '(empty)')).toBe('in_progress');
    expect(importValue(60, '(empty)')).toBe('60');
    expect(importValue(['YTB', 'SCWD'], '(empty)')).toBe('YTB; SCWD');
  });

  it('shows nothing as "empty"', () => {
    for (const value of [null, undefined, '', []]) expect(importValue(value, '(empty)')).toBe('(empty)');
  });
});

describe('planView', () => {
  it('reads the view from the address, the tree by default', () => {
    expect(planView('matrix')).toBe('matrix');
    expect(planView('timeline')).toBe('timeline');
    expect(planView(null)).toBe('tree');
    expect(planView('gantt')).toBe('tree');
  });
});

import { describe, expect, it } from 'vitest';
import { barChartLayout, niceMax } from './bar-chart';

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(250)).toBe(500);
  });
});

describe('barChartLayout', () => {
  it('places bars side by side, bottom-aligned and scaled', () => {
    const { bars, max } = barChartLayout(
      [
        { label: 'Jan', value: 0 },
        { label: 'Feb', value: 2 },
        { label: 'Mar', value: 1 },
        { label: 'Apr', value: 4 },
      ],
      { width: 400, height: 100, gap: 0.5 },
    );
    expect(max).toBe(5);
    expect(bars.map((b) => b.height)).toEqual([0, 40, 20, 80]);
    expect(bars.map((b) => b.y)).toEqual([100, 60, 80, 20]);
    expect(bars.map((b) => b.x)).toEqual([25, 125, 225, 325]);
    expect(bars[0]?.width).toBe(50);
  });

  it('keeps a fixed top such as 100 %, clipping values outside the axis', () => {
    const { bars, max } = barChartLayout(
      [
        { label: 'AZ', value: 60 },
        { label: 'TR', value: 140 },
        { label: 'KZ', value: -5 },
      ],
      { width: 300, height: 200, max: 100 },
    );
    expect(max).toBe(100);
    expect(bars.map((b) => b.height)).toEqual([120, 200, 0]);
  });
});

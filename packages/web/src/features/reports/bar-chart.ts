/** One bar of a chart: its label and value, and its box in the chart's coordinates. */
export interface ChartBar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The top of the value axis: `max` rounded up to 1, 2 or 5 × a power of ten (at least 1). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

interface LayoutOptions {
  /** The plotting area, in SVG units. */
  width: number;
  height: number;
  /** The fixed top of the axis (100 for percentages); else `niceMax` of the values. */
  max?: number;
  /** Space between bars as a share of each slot (0–1). */
  gap?: number;
}

/** Places vertical bars side by side in `width` × `height`, bottom-aligned, scaled to the axis top. */
export function barChartLayout(
  data: readonly { label: string; value: number }[],
  { width, height, max, gap = 0.25 }: LayoutOptions,
): { bars: ChartBar[]; max: number } {
  const top = max ?? niceMax(Math.max(0, ...data.map((d) => d.value)));
  const slot = data.length > 0 ? width / data.length : 0;
  const barWidth = slot * (1 - gap);
  const bars = data.map((d, i) => {
    const h = (Math.min(Math.max(d.value, 0), top) / top) * height;
    return {
      label: d.label,
      value: d.value,
      x: i * slot + (slot - barWidth) / 2,
      y: height - h,
      width: barWidth,
      height: h,
    };
  });
  return { bars, max: top };
}

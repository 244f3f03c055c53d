import type { PrintableBarChart } from './printable.ts';

// The value axis of a bar chart, shared by the PDF and the HTML renderer so both draw the same
// ticks: a round step (1, 2, 2.5 or 5 times a power of ten, never below 1) and a top that is a
// whole number of steps at or above the largest value.

/** The axis of `chart`: its top value and its ticks from 0 up to the top. */
export function chartScale(chart: Pick<PrintableBarChart, 'bars' | 'max'>): { top: number; ticks: number[] } {
  const largest = Math.max(1, chart.max ?? 0, ...chart.bars.map((b) => b.value));
  const rough = largest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const top = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Math.round(t * 100) / 100);
  return { top, ticks };
}

/** A value as printed beside its bar: at most one decimal, then the unit. */
export const figure = (value: number, unit = '') => `${Math.round(value * 10) / 10}${unit}`;

import { chartScale, figure } from './chart.ts';
import { escapeHtml } from './html.escape.ts';
import type { PrintableBarChart, PrintableTable } from './printable.ts';

// Tables and bar charts in the printable HTML. A chart is an inline SVG (`role="img"`, named by
// its title, described by its description) whose bars carry their values as text, followed by
// the same figures as a table, so nothing depends on sight or on colour.

const W = 640;
const BAR = '#24527a';
const n = (v: number) => Math.round(v * 10) / 10;

function svgOpen(chart: PrintableBarChart, id: string, height: number): string {
  const desc = chart.description ? `<desc id="${id}-desc">${escapeHtml(chart.description)}</desc>` : '';
  const described = chart.description ? ` aria-describedby="${id}-desc"` : '';
  return `<svg role="img" aria-label="${escapeHtml(chart.title)}"${described} viewBox="0 0 ${W} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${desc}`;
}

function verticalSvg(chart: PrintableBarChart, id: string): string {
  const { top, ticks } = chartScale(chart);
  const [left, plotTop, plot] = [36, 16, 150];
  const base = plotTop + plot;
  const y = (v: number) => n(base - (v / top) * plot);
  const slot = (W - left) / Math.max(1, chart.bars.length);
  const grid = ticks.map(
    (t) =>
      `<line x1="${left}" x2="${W}" y1="${y(t)}" y2="${y(t)}" stroke="${t ? '#ddd' : '#555'}"/><text x="${left - 4}" y="${y(t) + 4}" text-anchor="end" class="tick">${figure(t)}</text>`,
  );
  const bars = chart.bars.map((b, i) => {
    const x = left + i * slot;
    const mid = n(x + slot / 2);
    return `<rect x="${n(x + slot * 0.2)}" y="${y(b.value)}" width="${n(slot * 0.6)}" height="${n(base - y(b.value))}" fill="${BAR}"/><text x="${mid}" y="${y(b.value) - 4}" text-anchor="middle">${escapeHtml(figure(b.value, chart.unit))}</text><text x="${mid}" y="${base + 16}" text-anchor="middle" class="label">${escapeHtml(b.label)}</text>`;
  });
  return `${svgOpen(chart, id, base + 24)}${grid.join('')}${bars.join('')}</svg>`;
}

function horizontalSvg(chart: PrintableBarChart, id: string): string {
  const { top, ticks } = chartScale(chart);
  const [left, row, right] = [180, 24, 60];
  const bottom = chart.bars.length * row;
  const x = (v: number) => n(left + (v / top) * (W - left - right));
  const grid = ticks.map(
    (t) =>
      `<line x1="${x(t)}" x2="${x(t)}" y1="0" y2="${bottom}" stroke="${t ? '#ddd' : '#555'}"/><text x="${x(t)}" y="${bottom + 14}" text-anchor="middle" class="tick">${figure(t)}</text>`,
  );
  const bars = chart.bars.map((b, i) => {
    const y = i * row;
    return `<text x="${left - 6}" y="${y + 16}" text-anchor="end" class="label">${escapeHtml(b.label)}</text><rect x="${left}" y="${y + 4}" width="${n(x(b.value) - left)}" height="${row - 8}" fill="${BAR}"/><text x="${x(b.value) + 4}" y="${y + 16}">${escapeHtml(figure(b.value, chart.unit))}</text>`;
  });
  return `${svgOpen(chart, id, bottom + 20)}${grid.join('')}${bars.join('')}</svg>`;
}

/** The figures of a chart as a table: labels across for columns of months, down for long labels. */
function figuresTable(chart: PrintableBarChart): string {
  const value = escapeHtml(chart.valueHeading ?? chart.title);
  const label = escapeHtml(chart.labelHeading ?? '');
  const f = (v: number) => escapeHtml(figure(v, chart.unit));
  if (chart.orientation === 'vertical') {
    const heads = chart.bars.map((b) => `<th scope="col">${escapeHtml(b.label)}</th>`).join('');
    const cells = chart.bars.map((b) => `<td>${f(b.value)}</td>`).join('');
    return `<table class="figures across"><thead><tr><td>${label}</td>${heads}</tr></thead><tbody><tr><th scope="row">${value}</th>${cells}</tr></tbody></table>`;
  }
  const rows = chart.bars
    .map((b) => `<tr><th scope="row">${escapeHtml(b.label)}</th><td>${f(b.value)}</td></tr>`)
    .join('');
  return `<table class="figures"><thead><tr><th scope="col">${label}</th><th scope="col">${value}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A bar chart as a figure: its heading, the SVG, and its figures as a table. `id` is unique in the page. */
export function barChartHtml(chart: PrintableBarChart, id: string): string {
  const svg = chart.orientation === 'vertical' ? verticalSvg(chart, id) : horizontalSvg(chart, id);
  return `<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption>${svg}${figuresTable(chart)}</figure>`;
}

/** A table with its caption (or the `empty` line when it has no rows). */
export function tableHtml(table: PrintableTable): string {
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  if (!table.rows.length && table.empty) {
    return `${table.caption ? `<h4>${escapeHtml(table.caption)}</h4>` : ''}<p class="empty">${escapeHtml(table.empty)}</p>`;
  }
  const align = (i: number) => (table.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${align(i)}>${escapeHtml(c.label)}</th>`).join('');
  const rows = table.rows
    .map(
      (r) =>
        `<tr>${table.columns.map((_, i) => `<td${align(i)}>${escapeHtml(r[i] ?? '')}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="data">${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

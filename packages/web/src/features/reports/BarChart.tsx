import { useId } from 'react';
import { useFormat } from '../../i18n/use-format';
import { barChartLayout } from './bar-chart';

interface BarChartProps {
  /** What the chart shows ("Events per month in 2019"): its heading, the image's name and the table's caption. */
  title: string;
  data: readonly { label: string; value: number }[];
  /** A fixed top of the value axis (100 for percentages). */
  max?: number;
  /** How a value is written ("60 %"); plain numbers by default. */
  formatValue?: (value: number) => string;
  /** The header of the table's label column ("Month", "Member state"). */
  labelHeader: string;
  valueHeader: string;
}

const WIDTH = 640;
const HEIGHT = 180;
const BOTTOM = 28;
const TOP = 18;

/**
 * A bar chart as an SVG image (`role="img"`, named by its title and every figure), followed by the
 * same figures as a table, so nothing rests on the picture alone.
 */
export function BarChart({ title, data, max, formatValue, labelHeader, valueHeader }: BarChartProps) {
  const format = useFormat();
  const id = useId();
  const write = formatValue ?? format.number;
  const { bars } = barChartLayout(data, {
    width: WIDTH,
    height: HEIGHT,
    ...(max === undefined ? {} : { max }),
  });
  const described = `${title}: ${data.map((d) => `${d.label} ${write(d.value)}`).join(', ')}`;
  return (
    <figure className="report-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-label={described}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + TOP + BOTTOM}`}
        className="report-chart-svg"
      >
        <line x1={0} x2={WIDTH} y1={TOP + HEIGHT} y2={TOP + HEIGHT} className="report-chart-axis" />
        {bars.map((bar) => (
          <g key={bar.label}>
            <rect
              x={bar.x}
              y={TOP + bar.y}
              width={bar.width}
              height={bar.height}
              className="report-chart-bar"
            />
            <text
              x={bar.x + bar.width / 2}
              y={TOP + bar.y - 4}
              textAnchor="middle"
              className="report-chart-value"
            >
              {write(bar.value)}
            </text>
            <text
              x={bar.x + bar.width / 2}
              y={TOP + HEIGHT + 18}
              textAnchor="middle"
              className="report-chart-label"
            >
              {bar.label}
            </text>
          </g>
        ))}
      </svg>
      {/* The figures as a table, one column per bar (a row header names the values). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={title}>
        <table className="data-table report-chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {data.map((d) => (
                <th key={d.label} scope="col" className="numeric">
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{valueHeader}</th>
              {data.map((d) => (
                <td key={d.label} className="numeric">
                  {write(d.value)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>
    </figure>
  );
}

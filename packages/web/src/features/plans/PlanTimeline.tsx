import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDetail, PlanItem } from '../../api/plans-types';
import { dateTimeFormat } from '../../i18n/intl';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { buildTree, type TreeNode } from './plan-tree';
import { planItemPath } from './paths';
import { usePeriodDates } from './PeriodText';
import { barGeometry, childrenSpan, type TimelineScale, timelineScale, todayOffset } from './timeline';
import { TimelineLegend } from './TimelineLegend';

function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function MonthHeader({ scale }: { scale: TimelineScale }) {
  const format = useFormat();
  const month = dateTimeFormat(format.language, { month: 'short', timeZone: 'UTC' });
  return (
    <div className="timeline-track timeline-months" aria-hidden="true">
      {scale.months.map((m, i) => (
        <span key={m.key} className="timeline-month" style={{ left: `${m.offset}%`, width: `${m.width}%` }}>
          {month.format(new Date(`${m.key}-01T00:00:00Z`))}
          {i === 0 || m.key.endsWith('-01') ? ` ${m.key.slice(0, 4)}` : ''}
        </span>
      ))}
    </div>
  );
}

/**
 * A Gantt-like chart of the items by target period, one row per item in code order across the
 * plan's months. Exact periods are solid bars; fuzzy ones ("end of May – beginning of June") are
 * hatched with faded ends. It is a table: each row's header is the item, its cell says the period
 * and its dates in words, so the chart reads as text too.
 */
export function PlanTimeline({ plan, items }: { plan: PlanDetail; items: readonly PlanItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = usePeriodDates();
  const ordered = useMemo(() => flatten(buildTree(items)), [items]);
  const scale = timelineScale(
    plan.periodStart,
    plan.periodEnd,
    ordered.map((n) => n.item.period),
  );
  const today = todayOffset(scale, new Date().toISOString().slice(0, 10));
  return (
    <div className="section">
      <TimelineLegend showToday={today !== null} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-labelledby="plan-timeline-caption">
        <table className="plan-timeline" data-testid="plan-timeline">
          <caption id="plan-timeline-caption">{t('plans.timeline.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.timeline.item')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plans.timeline.period')}</span>
                <MonthHeader scale={scale} />
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((node) => {
              const { item } = node;
              const bar = item.period ? barGeometry(scale, item.period) : null;
              const span = item.period ? null : childrenSpan(node);
              const summary = span
                ? barGeometry(scale, { ...span, text: '', lang: 'en', precision: 'day' })
                : null;
              return (
                <tr key={item.id}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + item.depth}rem` }}>
                    <span className="plan-item-code">{item.code}</span>{' '}
                    <Link to={planItemPath(item.id)}>{pickLocalized(item.title, format.language)}</Link>
                  </th>
                  <td>
                    <div className="timeline-track">
                      {scale.months.map((m) => (
                        <span key={m.key} className="timeline-gridline" style={{ left: `${m.offset}%` }} />
                      ))}
                      {today !== null ? (
                        <span className="timeline-today" style={{ left: `${today}%` }} />
                      ) : null}
                      {bar ? (
                        <span
                          className={`timeline-bar timeline-bar-${item.status}${bar.fuzzy ? ' timeline-bar-fuzzy' : ''}`}
                          style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                        />
                      ) : null}
                      {summary ? (
                        <span
                          className="timeline-summary"
                          style={{ left: `${summary.left}%`, width: `${summary.width}%` }}
                        />
                      ) : null}
                    </div>
                    <p className="timeline-label">
                      {item.period ? (
                        <>
                          <span lang={item.period.lang}>{item.period.text}</span> · {dates(item.period)}
                          {bar?.fuzzy ? ` · ${t(`plans.precisions.${item.period.precision}`)}` : ''}
                        </>
                      ) : span ? (
                        t('plans.timeline.subItemsSpan', { dates: dates(span) })
                      ) : (
                        t('plans.period.none')
                      )}
                    </p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileContentUrl } from '../../api/files';
import type { Evidence, PlanItemDetail } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { eventPath } from '../meetings/paths';

/** Where a piece of evidence lives: an event's page, a file's download; programmes have no page yet. */
export function evidenceHref(evidence: Evidence): string | null {
  if (evidence.type === 'event') return eventPath(evidence.id);
  if (evidence.type === 'file') return fileContentUrl(evidence.id);
  return null;
}

/** A list of evidence, each named by its kind ("Event: …"). */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {evidence.map((e) => {
        const href = evidenceHref(e);
        const label = `${t(`plans.evidence.${e.type}`)}: ${e.label ?? e.id}`;
        return (
          <li key={`${e.type}-${e.id}`}>
            {href === null ? (
              label
            ) : e.type === 'file' ? (
              <a href={href} download>
                {label}
              </a>
            ) : (
              <Link to={href}>{label}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The indicators (target and actual), the decisions the item came from and its evidence. */
export function ItemLinks({ item }: { item: PlanItemDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = (value: number | null, unit: string | null) =>
    value === null ? '—' : `${format.number(value)}${unit ? ` ${unit}` : ''}`;
  return (
    <>
      {item.indicators.length > 0 ? (
        <section className="section" aria-labelledby="item-indicators-heading">
          <h2 id="item-indicators-heading">{t('plans.indicators.heading')}</h2>
          <table className="data-table">
            <caption className="visually-hidden">{t('plans.indicators.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.indicators.name')}</th>
                <th scope="col" className="numeric">
                  {t('plans.indicators.target')}
                </th>
                <th scope="col" className="numeric">
                  {t('plans.indicators.actual')}
                </th>
              </tr>
            </thead>
            <tbody>
              {item.indicators.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{pickLocalized(i.name, format.language)}</th>
                  <td className="numeric">{figure(i.target, i.unit)}</td>
                  <td className="numeric">{figure(i.actual, i.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {item.decisions.length > 0 ? (
        <section className="section" aria-labelledby="item-decisions-heading">
          <h2 id="item-decisions-heading">{t('plans.item.decisions')}</h2>
          <ul className="plain-list">
            {item.decisions.map((d) => (
              <li key={d.id}>
                <Link to={eventPath(d.eventId)}>{t('plans.item.decision', { reference: d.reference })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.evidence.length > 0 ? (
        <section className="section" aria-labelledby="item-evidence-heading">
          <h2 id="item-evidence-heading">{t('plans.evidence.heading')}</h2>
          <EvidenceList evidence={item.evidence} />
        </section>
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationReport } from '../../api/reports';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { eventPath } from '../meetings/paths';

/** The decisions of the year the organisation is responsible for, with the meeting that took each. */
export function ReportDecisions({ decisions }: { decisions: OrganisationReport['decisions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (decisions.length === 0) return <p className="muted">{t('reports.decisions.none')}</p>;
  return (
    <ul className="plain-list" data-testid="report-decisions">
      {decisions.map((d) => (
        <li key={d.id} className="card">
          <p>
            <span className="decision-ref">{d.reference}</span>
            {pickLocalized(d.text, format.language)}
          </p>
          <p className="muted">
            <Link to={eventPath(d.event.id)}>{pickLocalized(d.event.title, format.language)}</Link> ·{' '}
            <StatusBadge tone={`decision-${d.status}`}>
              {t(`meetings.decisionStatuses.${d.status}`)}
            </StatusBadge>
          </p>
        </li>
      ))}
    </ul>
  );
}

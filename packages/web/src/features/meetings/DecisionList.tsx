import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../../api';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { Period } from '../registry/Period';

/** Numbered decisions ("CG-5/3"): text in the reader's language, responsible bodies, due period, status. */
interface DecisionListProps {
  decisions: Decision[];
  testId?: string;
  /** For editors: a status select per decision, saving through this. */
  onStatus?: (decision: Decision, status: DecisionStatus) => void;
}

export function DecisionList({ decisions, testId, onStatus }: DecisionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (decisions.length === 0) return <p className="muted">{t('meetings.decisions.none')}</p>;
  return (
    <ol className="plain-list decision-list" data-testid={testId}>
      {decisions.map((decision) => {
        const due = pickLocalized(decision.dueText, format.language);
        return (
          <li key={decision.id} className="card">
            <p>
              <span className="decision-ref">{decision.reference}</span>
              {pickLocalized(decision.text, format.language)}
            </p>
            <dl className="field-list">
              {decision.responsibleBodies.length > 0 ? (
                <div>
                  <dt>{t('meetings.decisions.responsible')}</dt>
                  <dd>
                    {decision.responsibleBodies.map((body, i) => (
                      <span key={body.id}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/registry/organisations/${encodeURIComponent(body.id)}`}>{body.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
              {due || decision.dueFrom || decision.dueTo ? (
                <div>
                  <dt>{t('meetings.decisions.due')}</dt>
                  <dd>
                    {due}
                    {due && (decision.dueFrom || decision.dueTo) ? ' · ' : ''}
                    <Period from={decision.dueFrom} to={decision.dueTo} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('meetings.columns.status')}</dt>
                <dd>
                  {onStatus ? (
                    <select
                      aria-label={t('meetings.decisions.statusLabel', { reference: decision.reference })}
                      value={decision.status}
                      onChange={(e) => onStatus(decision, e.target.value as DecisionStatus)}
                    >
                      {DECISION_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`meetings.decisionStatuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <StatusBadge tone={`decision-${decision.status}`}>
                      {t(`meetings.decisionStatuses.${decision.status}`)}
                    </StatusBadge>
                  )}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

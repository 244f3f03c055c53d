import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDetail } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { eventPath } from '../meetings/paths';
import { VisibilityBadge } from '../registry/VisibilityBadge';
import { organisationPath } from './paths';
import { ProgressBar } from './ProgressBar';

/** A plan's facts: period, owner, where it was adopted, visibility and its overall progress. */
export function PlanFacts({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { event, decision } = plan.adoptedAt;
  return (
    <dl className="field-list section">
      <div>
        <dt>{t('plans.plan.period')}</dt>
        <dd>
          {format.day(plan.periodStart)} – {format.day(plan.periodEnd)}
        </dd>
      </div>
      {plan.owner ? (
        <div>
          <dt>{t('plans.plan.owner')}</dt>
          <dd>
            <Link to={organisationPath(plan.owner.id)}>{plan.owner.name}</Link>
          </dd>
        </div>
      ) : null}
      {event ? (
        <div>
          <dt>{t('plans.plan.adoptedAt')}</dt>
          <dd>
            <Link to={eventPath(event.id)}>{pickLocalized(event.title, format.language)}</Link>
            {decision ? ` · ${t('plans.plan.decision', { reference: decision.reference })}` : ''}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('registry.columns.visibility')}</dt>
        <dd>
          <VisibilityBadge visibility={plan.visibility} />
        </dd>
      </div>
      <div>
        <dt>{t('plans.plan.progress')}</dt>
        <dd>
          <ProgressBar value={plan.progress} label={t('plans.plan.progress')} />
        </dd>
      </div>
    </dl>
  );
}

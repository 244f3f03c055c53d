import { useTranslation } from 'react-i18next';
import type { PlanItemDetail } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useCountries } from '../registry/use-countries';
import { BodyLinks } from './BodyLinks';
import { ItemStatusBadge, OverdueBadge } from './ItemStatusBadge';
import { PeriodText } from './PeriodText';
import { progressSource, weightedRollup } from './progress';
import { ProgressBar } from './ProgressBar';

/** An item's facts: bodies, where, when, status, progress (and where it comes from), weight. */
export function ItemFacts({ item }: { item: PlanItemDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  const source = progressSource(item, item.children.length);
  const rollup = weightedRollup(item.children);
  const where = [...item.countries.map(nameOf), pickLocalized(item.region, format.language)].filter(Boolean);
  return (
    <dl className="field-list section" data-testid="item-facts">
      <div>
        <dt>{t('plans.item.responsible')}</dt>
        <dd>
          {item.responsible.length > 0 ? <BodyLinks bodies={item.responsible} /> : t('plans.item.nobody')}
        </dd>
      </div>
      {item.supporting.length > 0 ? (
        <div>
          <dt>{t('plans.item.supporting')}</dt>
          <dd>
            <BodyLinks bodies={item.supporting} />
          </dd>
        </div>
      ) : null}
      {where.length > 0 ? (
        <div>
          <dt>{t('plans.item.where')}</dt>
          <dd>{where.join(', ')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('plans.item.period')}</dt>
        <dd>
          <PeriodText period={item.period} full />
        </dd>
      </div>
      <div>
        <dt>{t('plans.item.status')}</dt>
        <dd>
          <ItemStatusBadge status={item.status} />
          {item.overdue ? (
            <>
              {' '}
              <OverdueBadge />
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('plans.item.progress')}</dt>
        <dd data-testid="item-progress">
          <ProgressBar value={item.progress} label={t('plans.progress.ofItem', { code: item.code })} />{' '}
          <span className="muted">
            {source === 'manual' && rollup !== null
              ? t('plans.progress.manualWithRollup', { value: format.number(rollup) })
              : t(`plans.progress.source.${source}`)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('plans.item.weight')}</dt>
        <dd>{format.number(item.weight)}</dd>
      </div>
      {item.lastUpdate ? (
        <div>
          <dt>{t('plans.item.lastUpdate')}</dt>
          <dd>{format.day(item.lastUpdate)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

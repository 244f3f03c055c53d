import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ITEM_STATUSES, type PlanItem } from '../../api/plans-types';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { useChoices } from '../registry/use-choices';
import { useCountries } from '../registry/use-countries';
import { isFiltered, type PlanFilterValues } from './plan-filters';

interface PlanFiltersProps {
  /** Every item of the plan: the bodies and countries offered are those that occur in it. */
  items: readonly PlanItem[];
  value: PlanFilterValues;
  onChange: (value: PlanFilterValues) => void;
}

/** Filters by responsible body, country, status and overdue; each change goes to the address at once. */
export function PlanFilters({ items, value, onChange }: PlanFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const choices = useChoices();
  const { nameOf } = useCountries();
  const bodies = useMemo(() => {
    const byId = new Map(items.flatMap((i) => i.responsible).map((b) => [b.id, b.name]));
    const collator = new Intl.Collator(format.language);
    return [...byId].sort((a, b) => collator.compare(a[1], b[1]));
  }, [items, format.language]);
  const countries = [...new Set(items.flatMap((i) => i.countries))].sort();
  return (
    <form className="filters" aria-label={t('plans.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="form-row">
        <SelectField
          label={t('plans.item.responsible')}
          value={value.responsible}
          options={[choices.none, ...bodies.map(([id, name]) => ({ value: id, label: name }))]}
          onChange={(responsible) => onChange({ ...value, responsible })}
        />
        <SelectField
          label={t('plans.item.country')}
          value={value.country}
          options={[choices.none, ...countries.map((c) => ({ value: c, label: nameOf(c) }))]}
          onChange={(country) => onChange({ ...value, country })}
        />
        <SelectField
          label={t('plans.item.status')}
          value={value.status}
          options={[
            choices.none,
            ...ITEM_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) })),
          ]}
          onChange={(status) => onChange({ ...value, status })}
        />
        <label className="checkbox plan-filter-overdue">
          <input
            type="checkbox"
            checked={value.overdue}
            onChange={(e) => onChange({ ...value, overdue: e.target.checked })}
          />
          {t('plans.filters.overdueOnly')}
        </label>
      </div>
      {isFiltered(value) ? <Link to="?">{t('plans.filters.clear')}</Link> : null}
    </form>
  );
}

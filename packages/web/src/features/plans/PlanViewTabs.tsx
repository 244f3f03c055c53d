import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const PLAN_VIEWS = ['tree', 'matrix', 'timeline'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

/** The view named by `?view=`, the tree when absent or unknown. */
export function planView(value: string | null): PlanView {
  return PLAN_VIEWS.find((v) => v === value) ?? 'tree';
}

/** The plan's views as links (`?view=`), the current one marked `aria-current`. */
export function PlanViewTabs({ current }: { current: PlanView }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('plans.views.label')}>
      <ul>
        {PLAN_VIEWS.map((view) => (
          <li key={view}>
            <Link
              to={view === 'tree' ? '?' : `?view=${view}`}
              aria-current={view === current ? 'page' : undefined}
            >
              {t(`plans.views.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../api/plans-types';
import { branchIds, buildTree, myItems } from './plan-tree';
import { PlanItemRow } from './PlanItemRow';
import { PlanTree } from './PlanTree';

/**
 * The plan as a tree, every branch open at first, with "expand all" / "collapse all"; the caller's
 * own items ("My items") come first in their own section when there are any.
 */
export function PlanTreeView({ items }: { items: readonly PlanItem[] }) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildTree(items), [items]);
  const branches = useMemo(() => branchIds(tree), [tree]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(branches));
  const mine = myItems(items);
  const handleToggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      {mine.length > 0 ? (
        <section className="section plan-mine" aria-labelledby="plan-mine-heading">
          <h2 id="plan-mine-heading">{t('plans.tree.mine')}</h2>
          <ul className="plan-list" data-testid="my-items">
            {mine.map((item) => (
              <li key={item.id}>
                <PlanItemRow item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="plan-tree-heading">
        <h2 id="plan-tree-heading">{t('plans.tree.heading')}</h2>
        {items.length === 0 ? (
          <p className="muted">{t('plans.tree.empty')}</p>
        ) : (
          <>
            {branches.length > 0 ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => setExpanded(new Set(branches))}
                >
                  {t('plans.tree.expandAll')}
                </button>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => setExpanded(new Set())}
                >
                  {t('plans.tree.collapseAll')}
                </button>
              </div>
            ) : null}
            <div data-testid="plan-tree">
              <PlanTree nodes={tree} expanded={expanded} onToggle={handleToggle} />
            </div>
          </>
        )}
      </section>
    </>
  );
}

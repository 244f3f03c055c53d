import { useTranslation } from 'react-i18next';
import type { TreeNode } from './plan-tree';
import { PlanItemRow } from './PlanItemRow';

interface PlanTreeProps {
  nodes: readonly TreeNode[];
  /** Ids of the items whose sub-items are shown. */
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/**
 * The items as nested lists: an item with sub-items has a disclosure button (`aria-expanded`,
 * controlling the nested list) that shows or hides them; Tab reaches every link and button.
 */
export function PlanTree({ nodes, expanded, onToggle }: PlanTreeProps) {
  const { t } = useTranslation();
  return (
    <ul className="plan-tree">
      {nodes.map(({ item, children }) => {
        const open = expanded.has(item.id);
        const listId = `plan-children-${item.id}`;
        return (
          <li key={item.id}>
            <div className="plan-tree-node">
              {children.length > 0 ? (
                <button
                  type="button"
                  className="plan-tree-toggle"
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() => onToggle(item.id)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                  <span className="visually-hidden">
                    {t('plans.tree.subItems', { code: item.code, n: children.length })}
                  </span>
                </button>
              ) : (
                <span className="plan-tree-leaf" aria-hidden="true" />
              )}
              <PlanItemRow item={item} />
            </div>
            {children.length > 0 ? (
              <div id={listId} hidden={!open}>
                {open ? <PlanTree nodes={children} expanded={expanded} onToggle={onToggle} /> : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

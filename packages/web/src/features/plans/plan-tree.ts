import type { PlanItem } from '../../api/plans-types';

/** An item of a plan with the items nested under it, in code order. */
export interface TreeNode {
  item: PlanItem;
  children: TreeNode[];
}

/** Compares item codes part by part as numbers ("1.2" < "1.10" < "2"); non-numeric parts as text. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff =
      Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y, 'en', { numeric: true });
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Nests the flat list of a plan's items by `parentId`, each level in code order. An item whose
 * parent is not in the list (a filtered list, a parent the caller may not read) becomes a root, so
 * nothing is lost.
 */
export function buildTree(items: readonly PlanItem[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const item of items) nodes.set(item.id, { item, children: [] });
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => compareCodes(a.item.code, b.item.code));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The ids of every node that has children (for "expand all"). */
export function branchIds(tree: readonly TreeNode[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.children.length > 0) {
        ids.push(node.item.id);
        walk(node.children);
      }
    }
  };
  walk(tree);
  return ids;
}

/** The caller's own items (`mine`: one of their bodies is responsible), in code order. */
export function myItems(items: readonly PlanItem[]): PlanItem[] {
  return items.filter((item) => item.mine).sort((a, b) => compareCodes(a.code, b.code));
}

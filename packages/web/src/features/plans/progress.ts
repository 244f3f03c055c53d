/** Where an item's progress comes from: its own (a leaf), the roll-up of its children, or set by hand. */
export type ProgressSource = 'own' | 'rollup' | 'manual';

/** The source of an item's progress, given how many children it has (a leaf's is always its own). */
export function progressSource(
  item: { progressMode: 'manual' | 'rollup' },
  childCount: number,
): ProgressSource {
  if (childCount === 0) return 'own';
  return item.progressMode === 'rollup' ? 'rollup' : 'manual';
}

/**
 * The weighted roll-up the server computes for a parent: Σ(progress × weight) / Σ(weight), rounded;
 * `null` without children (or with no weight at all).
 */
export function weightedRollup(children: readonly { progress: number; weight: number }[]): number | null {
  const total = children.reduce((sum, c) => sum + c.weight, 0);
  if (children.length === 0 || total <= 0) return null;
  return Math.round(children.reduce((sum, c) => sum + c.progress * c.weight, 0) / total);
}

/** A progress typed in a form: a whole number 0–100, else `null`. */
export function parseProgress(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

import { flattenText } from '../registry/registry.presenter.ts';
import type { ItemStatus, Plan, PlanItem, ProgressUpdateRow } from './plans.table.ts';

// Plans, items and progress updates as the API shows them (docs/api/plans.md). The callers gather
// the related records the caller may read; these functions only shape them.

type Ref = { id: string; name: string };
export type EvidenceView = { type: 'event' | 'file' | 'programme'; id: string; label: string | null };

/** A plan as a list item. */
export function presentPlanSummary(plan: Plan, owner: Ref | null, items: number) {
  return {
    id: plan.id,
    title: flattenText(plan.title) ?? {},
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    owner,
    visibility: plan.visibility,
    progress: plan.progress,
    items,
  };
}

/** Is the item overdue on `today`: its latest end passed and it is neither done nor cancelled? */
export function isOverdue(item: Pick<PlanItem, 'period_end' | 'status'>, today: string): boolean {
  return item.period_end !== null && item.period_end < today && !['done', 'cancelled'].includes(item.status);
}

/** What an item view is made of besides the row. */
export interface ItemRelated {
  responsible: Ref[];
  supporting: Ref[];
  indicators: {
    id: string;
    name: Record<string, string>;
    target: number | null;
    actual: number | null;
    unit: string | null;
  }[];
  decisions: { id: string; reference: string; eventId: string }[];
  evidence: EvidenceView[];
  updates: { n: number; last: string | null };
  flags: { overdue: boolean; mine: boolean; canEdit: boolean; canUpdate: boolean };
}

/** One plan item. */
export function presentItem(item: PlanItem, related: ItemRelated) {
  return {
    id: item.id,
    planId: item.plan_id,
    parentId: item.parent_id,
    code: item.code,
    depth: item.code.split('.').length - 1,
    title: flattenText(item.title) ?? {},
    description: flattenText(item.description),
    responsible: related.responsible,
    supporting: related.supporting,
    countries: item.countries,
    region: flattenText(item.region),
    period:
      item.period_start && item.period_end
        ? {
            text: item.period_text,
            lang: item.period_lang,
            start: item.period_start,
            end: item.period_end,
            precision: item.period_precision ?? 'day',
          }
        : null,
    status: item.status,
    progress: item.progress,
    progressMode: item.progress_mode,
    weight: Number(item.weight),
    ...related.flags,
    indicators: related.indicators,
    decisions: related.decisions,
    evidence: related.evidence,
    updates: related.updates.n,
    lastUpdate: related.updates.last,
  };
}
export type ItemView = ReturnType<typeof presentItem>;

/** One progress update, given its author's label, its body and its evidence. */
export function presentProgressUpdate(
  u: ProgressUpdateRow & { author_name?: string | null },
  organisation: Ref | null,
  evidence: EvidenceView[],
) {
  return {
    id: u.id,
    date: u.date,
    text: flattenText(u.text) ?? {},
    progress: u.progress,
    status: u.status as ItemStatus | null,
    author: u.author_account_id ? { id: u.author_account_id, label: u.author_name ?? '' } : null,
    organisation,
    evidence,
    createdAt: u.created_at.toISOString(),
  };
}

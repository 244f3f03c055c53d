/** Shapes of the action plan JSON (docs/api/plans.md). Mirrors the server contract; no logic here. */
import type { PeriodLanguage, PeriodPrecision } from './periods';
import type { LocalizedText, Visibility } from './registry-types';
import type { OrganisationRef } from './types';

export const ITEM_STATUSES = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type ProgressMode = 'manual' | 'rollup';

/** A target period: the phrase as written and its normalised earliest start and latest end (inclusive). */
export interface Period {
  /** Null when the period was given as dates only. */
  text: string | null;
  lang: string;
  start: string;
  end: string;
  precision: PeriodPrecision;
}

export interface PlanSummary {
  id: string;
  title: LocalizedText;
  periodStart: string;
  periodEnd: string;
  owner: OrganisationRef | null;
  visibility: Visibility;
  progress: number;
  items: number;
}

export interface PlanDetail extends PlanSummary {
  description: LocalizedText | null;
  adoptedAt: {
    event: { id: string; title: LocalizedText; reference: string | null } | null;
    decision: { id: string; reference: string } | null;
  };
  canEdit: boolean;
  canUpdateSome: boolean;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  target: number | null;
  actual: number | null;
  unit: string | null;
}

export type EvidenceType = 'event' | 'file' | 'programme';

export interface Evidence {
  type: EvidenceType;
  id: string;
  /** Null when the target has no name the server can give (a programme, until issue 6). */
  label: string | null;
}

export interface PlanItem {
  id: string;
  planId: string;
  parentId: string | null;
  code: string;
  depth: number;
  title: LocalizedText;
  description: LocalizedText | null;
  responsible: OrganisationRef[];
  supporting: OrganisationRef[];
  countries: string[];
  region: LocalizedText | null;
  period: Period | null;
  status: ItemStatus;
  progress: number;
  progressMode: ProgressMode;
  weight: number;
  overdue: boolean;
  mine: boolean;
  canEdit: boolean;
  canUpdate: boolean;
  indicators: Indicator[];
  decisions: { id: string; reference: string; eventId: string }[];
  evidence: Evidence[];
  updates: number;
  lastUpdate: string | null;
}

export interface ProgressUpdate {
  id: string;
  date: string;
  text: LocalizedText;
  progress: number | null;
  status: ItemStatus | null;
  author: { id: string; label: string } | null;
  organisation: OrganisationRef | null;
  evidence: Evidence[];
  createdAt: string;
}

export interface PlanItemDetail extends PlanItem {
  plan: { id: string; title: LocalizedText };
  ancestors: { id: string; code: string; title: LocalizedText }[];
  children: PlanItem[];
  progressUpdates: ProgressUpdate[];
}

/** Filters of a plan's item list (empty values are left out). */
export interface ItemFilter {
  responsible?: string;
  country?: string;
  status?: string;
  overdue?: string;
  mine?: string;
  q?: string;
}

export interface PlanMatrix {
  statuses: ItemStatus[];
  rows: {
    organisation: OrganisationRef;
    counts: Record<ItemStatus, number>;
    overdue: number;
    total: number;
  }[];
}

/** Body of `POST /api/plans` (and, all optional, `PATCH`). */
export interface PlanInput {
  title: LocalizedText;
  description?: LocalizedText | null;
  periodStart: string;
  periodEnd: string;
  adoptedAtEventId?: string | null;
  adoptedByDecisionId?: string | null;
  ownerOrgId?: string | null;
  visibility?: Visibility;
}

/** Body of `POST /api/plans/:id/items` (and, all optional, `PATCH`; lists replace). */
export interface PlanItemInput {
  parentId?: string | null;
  code?: string;
  title: LocalizedText;
  description?: LocalizedText | null;
  responsibleIds?: string[];
  supportingIds?: string[];
  countries?: string[];
  region?: LocalizedText | null;
  periodText?: string | null;
  periodLang?: PeriodLanguage;
  periodStart?: string | null;
  periodEnd?: string | null;
  status?: ItemStatus;
  progress?: number;
  progressMode?: ProgressMode;
  weight?: number;
  indicators?: {
    name: LocalizedText;
    target?: number | null;
    actual?: number | null;
    unit?: string | null;
  }[];
  decisionIds?: string[];
  evidence?: { type: EvidenceType; id: string }[];
}

/** Body of `POST /api/plan-items/:id/updates`. */
export interface ProgressUpdateInput {
  date: string;
  text: LocalizedText;
  progress?: number;
  status?: ItemStatus;
  indicators?: { id: string; actual: number }[];
  evidence?: { type: EvidenceType; id: string }[];
}

export type PlanImportAction = 'created' | 'updated' | 'unchanged' | 'error';

export interface PlanImportReport {
  committed: boolean;
  summary: { created: number; updated: number; unchanged: number; errors: number };
  rows: {
    row: number;
    code: string;
    action: PlanImportAction;
    changes: { field: string; before: unknown; after: unknown }[];
    error?: { code: string; message: string };
  }[];
}

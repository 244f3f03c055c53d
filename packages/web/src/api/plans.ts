import { buildUrl, request } from './client';
import { importContentType } from './imports';
import type {
  ItemFilter,
  PlanDetail,
  PlanImportReport,
  PlanInput,
  PlanItem,
  PlanItemDetail,
  PlanItemInput,
  PlanMatrix,
  PlanSummary,
  ProgressUpdate,
  ProgressUpdateInput,
} from './plans-types';
import type { HistoryEntry } from './registry-types';
import type { Page, PageQuery } from './types';

const enc = encodeURIComponent;
const onePlan = (id: string) => `/api/plans/${enc(id)}`;
const oneItem = (id: string) => `/api/plan-items/${enc(id)}`;

/** The plans the caller may see, newest period first. */
export function listPlans(query: PageQuery & { year?: number }): Promise<Page<PlanSummary>> {
  return request<Page<PlanSummary>>('/api/plans', { query: { ...query } });
}

/** One plan with what the caller may do on it. @throws {ApiError} NOT_FOUND. */
export function getPlan(id: string): Promise<PlanDetail> {
  return request<PlanDetail>(onePlan(id));
}

/** Creates a plan (the secretariat's). @throws {ApiError} VALIDATION_FAILED, FORBIDDEN. */
export function createPlan(input: PlanInput): Promise<PlanDetail> {
  return request<PlanDetail>('/api/plans', { method: 'POST', body: input });
}

/** Changes a plan. @throws {ApiError} VALIDATION_FAILED, FORBIDDEN. */
export function updatePlan(id: string, input: Partial<PlanInput>): Promise<PlanDetail> {
  return request<PlanDetail>(onePlan(id), { method: 'PATCH', body: input });
}

/** A plan's items in code order, flat (each with `parentId` and `depth`); a filter keeps the matches only. */
export function listPlanItems(planId: string, filter: ItemFilter = {}): Promise<Page<PlanItem>> {
  return request<Page<PlanItem>>(`${onePlan(planId)}/items`, { query: { limit: 1000, ...filter } });
}

/** Responsible body × status counts of a plan. */
export function getPlanMatrix(planId: string): Promise<PlanMatrix> {
  return request<PlanMatrix>(`${onePlan(planId)}/matrix`);
}

/** One item with its plan, ancestors, children and progress updates (newest first). @throws {ApiError} NOT_FOUND. */
export function getPlanItem(id: string): Promise<PlanItemDetail> {
  return request<PlanItemDetail>(oneItem(id));
}

/**
 * Adds an item to a plan.
 * @throws {ApiError} PERIOD_NOT_UNDERSTOOD (`body.periodText`), ALREADY_EXISTS (code), VALIDATION_FAILED.
 */
export function createPlanItem(planId: string, input: PlanItemInput): Promise<PlanItem> {
  return request<PlanItem>(`${onePlan(planId)}/items`, { method: 'POST', body: input });
}

/** Changes an item; lists, when given, replace. @throws {ApiError} as `createPlanItem`. */
export function updatePlanItem(id: string, input: Partial<PlanItemInput>): Promise<PlanItem> {
  return request<PlanItem>(oneItem(id), { method: 'PATCH', body: input });
}

/** Deletes an item with its descendants and their updates. */
export function deletePlanItem(id: string): Promise<void> {
  return request<void>(oneItem(id), { method: 'DELETE' });
}

/** Posts a progress update; the item takes its progress and status and its ancestors roll up. */
export function postProgressUpdate(itemId: string, input: ProgressUpdateInput): Promise<ProgressUpdate> {
  return request<ProgressUpdate>(`${oneItem(itemId)}/updates`, { method: 'POST', body: input });
}

/** The change history of a plan, newest first. */
export function planHistory(id: string, page: PageQuery): Promise<Page<HistoryEntry>> {
  return request<Page<HistoryEntry>>(`${onePlan(id)}/history`, { query: { ...page } });
}

/** The change history of an item, newest first. */
export function planItemHistory(id: string, page: PageQuery): Promise<Page<HistoryEntry>> {
  return request<Page<HistoryEntry>>(`${oneItem(id)}/history`, { query: { ...page } });
}

/**
 * Imports a CSV or XLSX file into a plan: a dry run unless `commit`.
 * @throws {ApiError} IMPORT_INVALID on a commit with an error row (the report is in `details`).
 */
export function importPlan(planId: string, file: File, commit: boolean): Promise<PlanImportReport> {
  return request<PlanImportReport>(`${onePlan(planId)}/import`, {
    method: 'POST',
    query: commit ? { commit: 'true' } : {},
    raw: { body: file, contentType: importContentType(file) },
  });
}

/** The address of a plan's export (a plain download link; the cookie authorises it). */
export function planExportUrl(planId: string, format: 'csv' | 'xlsx', lang: string): string {
  return buildUrl(`${onePlan(planId)}/export`, { format, lang });
}

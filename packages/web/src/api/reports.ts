/** The yearly reports (docs/api/plans.md, "Reports"): their shapes, reads and export addresses. */
import { buildUrl, request } from './client';
import type { Decision } from './meetings-types';
import type { ItemStatus, ProgressUpdate } from './plans-types';
import type { LocalizedText } from './registry-types';
import type { OrganisationRef } from './types';

export const REPORT_FORMATS = ['pdf', 'html', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type ReportEventRole =
  | 'owner'
  | 'organiser'
  | 'host'
  | 'co_organiser'
  | 'partner'
  | 'delegation'
  | 'participant';

export interface ReportEvent {
  id: string;
  title: LocalizedText;
  reference: string | null;
  start: string;
  countryCode: string | null;
  role: ReportEventRole;
}

export interface ReportPlanRef {
  id: string;
  title: LocalizedText;
}

export interface OrganisationReport {
  organisation: OrganisationRef;
  year: number;
  events: ReportEvent[];
  items: {
    item: { id: string; code: string; title: LocalizedText; plan: ReportPlanRef };
    status: ItemStatus;
    progress: number;
    updates: ProgressUpdate[];
  }[];
  decisions: (Decision & { event: { id: string; title: LocalizedText; reference: string | null } })[];
  charts: { eventsPerMonth: number[] };
}

export interface NetworkReport {
  year: number;
  memberStates: {
    countryCode: string;
    name: string;
    bodies: OrganisationRef[];
    events: number;
    items: number;
    updates: number;
    progress: number;
  }[];
  items: {
    id: string;
    code: string;
    title: LocalizedText;
    plan: ReportPlanRef;
    responsible: OrganisationRef[];
    status: ItemStatus;
    progress: number;
  }[];
  charts: {
    progressByMemberState: { countryCode: string; name: string; progress: number }[];
    eventsPerMonth: number[];
  };
}

const enc = encodeURIComponent;

/** An organisation's report of `year`, built from what the caller may read. @throws {ApiError} NOT_FOUND. */
export function getOrganisationReport(id: string, year: number): Promise<OrganisationReport> {
  return request<OrganisationReport>(`/api/reports/organisations/${enc(id)}`, { query: { year } });
}

/** The network's report of `year`: per member state and per plan item. */
export function getNetworkReport(year: number): Promise<NetworkReport> {
  return request<NetworkReport>('/api/reports/network', { query: { year } });
}

/** The address of a report's export (`organisationId` null for the network's) in `lang`. */
export function reportExportUrl(
  organisationId: string | null,
  year: number,
  format: ReportFormat,
  lang: string,
): string {
  const path = organisationId
    ? `/api/reports/organisations/${enc(organisationId)}/export`
    : '/api/reports/network/export';
  return buildUrl(path, { year, lang, format });
}

import { request } from './client';
import type { AuditEntry, AuditFilter, Page, PageQuery } from './types';

/** Audit log entries matching the filter, newest first. */
export function listAudit(query: PageQuery & AuditFilter): Promise<Page<AuditEntry>> {
  return request<Page<AuditEntry>>('/api/audit', { query: { ...query } });
}

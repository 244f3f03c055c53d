import { request } from './client';
import type { Organisation, Page, PageQuery } from './types';

/** Organisations matching `q` (all when empty). */
export function listOrganisations(page: PageQuery & { q?: string }): Promise<Page<Organisation>> {
  return request<Page<Organisation>>('/api/organisations', { query: { ...page } });
}

import { request } from './client';
import type { DuplicatePair } from './registry-types';
import type { Page, PageQuery } from './types';

/** Likely duplicate pairs of one record type, best first (editors). */
export function listDuplicates(
  query: PageQuery & { type: 'person' | 'organisation' },
): Promise<Page<DuplicatePair>> {
  return request<Page<DuplicatePair>>('/api/duplicates', { query: { ...query } });
}

/** Merges `mergeId` into `keepId`; every spelling, position, contact and link moves to the kept record. */
export function mergeDuplicates(input: {
  type: 'person' | 'organisation';
  keepId: string;
  mergeId: string;
}): Promise<unknown> {
  return request<unknown>('/api/duplicates/merge', { method: 'POST', body: input });
}

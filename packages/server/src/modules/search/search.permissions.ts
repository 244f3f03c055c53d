import { type PermissionCase, publicRoute } from '../../../test/permissions.ts';

/** The search routes in the permission table: open to everyone (visibility applies per record). */
export const SEARCH_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/search', url: '/api/search?q=Bishkek', expect: publicRoute },
];

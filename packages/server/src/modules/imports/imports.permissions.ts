import { type PermissionCase, rolesOnly, signedIn, UNKNOWN_ID } from '../../../test/permissions.ts';

const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');

/**
 * The import, export and duplicates routes in the permission table. Imports are dry runs here
 * (nothing is written); a merge of unknown records passes the route rule and then finds nothing.
 */
export const IMPORT_CASES: PermissionCase[] = [
  {
    method: 'POST',
    route: '/api/imports/:type',
    url: '/api/imports/people',
    raw: { contentType: 'text/csv', payload: 'full_name\nPermission Probe\n' },
    expect: editors,
  },
  { method: 'GET', route: '/api/exports/:file', url: '/api/exports/organisations.csv', expect: signedIn },
  { method: 'GET', route: '/api/duplicates', url: '/api/duplicates?type=person', expect: editors },
  {
    method: 'POST',
    route: '/api/duplicates/merge',
    url: '/api/duplicates/merge',
    body: { type: 'person', keepId: UNKNOWN_ID, mergeId: '00000000-0000-4000-8000-000000000001' },
    expect: editors,
  },
];

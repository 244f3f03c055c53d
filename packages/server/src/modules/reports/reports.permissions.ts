import { type PermissionCase, publicRoute, UNKNOWN_ID } from '../../../test/permissions.ts';

// The reports module's rows of the permission table (plugins/permissions.test.ts): every report and
// export is public at the route level and is built from what the caller may read.

const id = UNKNOWN_ID;

export const REPORTS_CASES: PermissionCase[] = [
  {
    method: 'GET',
    route: '/api/reports/organisations/:id',
    url: `/api/reports/organisations/${id}?year=2019`,
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/reports/network',
    url: '/api/reports/network?year=2019',
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/reports/organisations/:id/export',
    url: `/api/reports/organisations/${id}/export?year=2019&lang=az&format=pdf`,
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/reports/network/export',
    url: '/api/reports/network/export?year=2019&lang=ru&format=csv',
    expect: publicRoute,
  },
];

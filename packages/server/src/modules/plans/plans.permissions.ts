import { type PermissionCase, publicRoute, rolesOnly, UNKNOWN_ID } from '../../../test/permissions.ts';

// The plans module's rows of the permission table (plugins/permissions.test.ts). Writes to unknown
// ids pass the route-level rule and then answer 404; the record-level rules (the plan's owner, the
// bodies responsible for an item) are tested in plans.policy.test.ts.

const id = UNKNOWN_ID;
const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');
const plan = `/api/plans/${id}`;
const item = `/api/plan-items/${id}`;

export const PLANS_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/plans', url: '/api/plans', expect: publicRoute },
  { method: 'GET', route: '/api/plans/:id', url: plan, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/plans',
    url: '/api/plans',
    body: { title: { en: 'Permission case plan' }, periodStart: '2019-01-01', periodEnd: '2019-12-31' },
    expect: rolesOnly('secretariat'),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:id',
    url: plan,
    body: { title: { en: 'Renamed' } },
    expect: editors,
  },
  { method: 'GET', route: '/api/plans/:id/history', url: `${plan}/history`, expect: publicRoute },
  { method: 'GET', route: '/api/plans/:id/matrix', url: `${plan}/matrix`, expect: publicRoute },
  { method: 'GET', route: '/api/plans/:id/items', url: `${plan}/items`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/plans/:id/items',
    url: `${plan}/items`,
    body: { title: { en: 'Permission case item' } },
    expect: editors,
  },
  { method: 'GET', route: '/api/plan-items/:id', url: item, expect: publicRoute },
  { method: 'PATCH', route: '/api/plan-items/:id', url: item, body: { status: 'done' }, expect: editors },
  { method: 'DELETE', route: '/api/plan-items/:id', url: item, expect: editors },
  {
    method: 'POST',
    route: '/api/plan-items/:id/updates',
    url: `${item}/updates`,
    body: { date: '2019-03-20', text: { en: 'Held' } },
    expect: editors,
  },
  { method: 'GET', route: '/api/plan-items/:id/history', url: `${item}/history`, expect: publicRoute },
  { method: 'GET', route: '/api/plans/:id/export', url: `${plan}/export?format=csv`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/plans/:id/import',
    url: `${plan}/import`,
    raw: { contentType: 'text/csv', payload: 'code,title_en\n1,Permission probe\n' },
    expect: editors,
  },
];

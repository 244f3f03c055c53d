import { type PermissionCase, publicRoute } from '../../../test/permissions.ts';

// The periods module's rows of the permission table (plugins/permissions.test.ts).

export const PERIODS_CASES: PermissionCase[] = [
  {
    method: 'POST',
    route: '/api/periods/parse',
    url: '/api/periods/parse',
    body: { text: 'the end of May', lang: 'en', reference: '2019-06-15' },
    expect: publicRoute,
  },
];

import type { PermissionCase } from '../../../test/permissions.ts';

// The periods module's rows of the permission table (plugins/permissions.test.ts).

export const PERIODS_CASES: PermissionCase[] = [];

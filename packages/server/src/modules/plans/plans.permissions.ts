import type { PermissionCase } from '../../../test/permissions.ts';

// The plans module's rows of the permission table (plugins/permissions.test.ts).

export const PLANS_CASES: PermissionCase[] = [];

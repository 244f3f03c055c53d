import type { PermissionCase } from '../../../test/permissions.ts';

// The reports module's rows of the permission table (plugins/permissions.test.ts).

export const REPORTS_CASES: PermissionCase[] = [];

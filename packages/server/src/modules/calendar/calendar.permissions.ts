import { type PermissionCase, publicRoute } from '../../../test/permissions.ts';

// The calendar's rows of the permission table: feeds are public (they hold public events only).

export const CALENDAR_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/calendar.ics', url: '/api/calendar.ics', expect: publicRoute },
];

import type { Role } from '../../api';

/** Roles that may create registry records, import, and resolve duplicates (the server decides per record). */
export const EDITOR_ROLES: readonly Role[] = ['secretariat', 'agency_admin', 'agency_editor'];

/** The platform modules announced on the home page, each with its (for now placeholder) route. */
export const MODULES = [
  { id: 'registry', path: '/registry' },
  { id: 'meetings', path: '/meetings' },
  { id: 'plans', path: '/plans' },
  { id: 'programmes', path: '/programmes' },
  { id: 'campaigns', path: '/campaigns' },
  { id: 'reports', path: '/reports' },
] as const;

export type ModuleId = (typeof MODULES)[number]['id'];

/** The platform modules announced on the home page, each with its route; `ready: false` is a placeholder. */
export const MODULES = [
  { id: 'registry', path: '/registry', ready: true },
  { id: 'meetings', path: '/meetings', ready: true },
  { id: 'plans', path: '/plans', ready: true },
  { id: 'programmes', path: '/programmes', ready: true },
  { id: 'campaigns', path: '/campaigns', ready: false },
  { id: 'reports', path: '/reports', ready: true },
] as const;

export type ModuleId = (typeof MODULES)[number]['id'];

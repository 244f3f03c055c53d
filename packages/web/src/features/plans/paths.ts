/** The addresses of the action plan pages. */
export const PLANS_PATH = '/plans';
export const PLAN_ITEMS_PATH = '/plan-items';

export const planPath = (id: string) => `${PLANS_PATH}/${encodeURIComponent(id)}`;
export const planItemPath = (id: string) => `${PLAN_ITEMS_PATH}/${encodeURIComponent(id)}`;
export const organisationPath = (id: string) => `/registry/organisations/${encodeURIComponent(id)}`;

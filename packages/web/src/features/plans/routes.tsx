import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { SECRETARIAT_ROLES } from '../auth/permissions';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { EditItemPage, NewItemPage } from './ItemFormPage';
import { PlanFormPage } from './PlanFormPage';
import { PlanImportPage } from './PlanImportPage';
import { PlanItemPage } from './PlanItemPage';
import { PlanListPage } from './PlanListPage';
import { PlanPage } from './PlanPage';
import { PLAN_ITEMS_PATH, PLANS_PATH } from './paths';

// Plans are the secretariat's to create; editors of a plan's owning body may change it (the server decides).
const secretariat = (page: ReactNode) => <RequireAuth roles={SECRETARIAT_ROLES}>{page}</RequireAuth>;
const editors = (page: ReactNode) => <RequireAuth roles={EDITOR_ROLES}>{page}</RequireAuth>;

/**
 * The action plan's routes, to be placed among the app's routes. Reading is open (the server
 * filters by visibility); forms need a role that may write, and the server decides per record.
 */
export function plansRoutes() {
  return (
    <>
      <Route path={PLANS_PATH} element={<PlanListPage />} />
      <Route path={`${PLANS_PATH}/new`} element={secretariat(<PlanFormPage />)} />
      <Route path={`${PLANS_PATH}/:id`} element={<PlanPage />} />
      <Route path={`${PLANS_PATH}/:id/edit`} element={editors(<PlanFormPage />)} />
      <Route path={`${PLANS_PATH}/:id/import`} element={editors(<PlanImportPage />)} />
      <Route path={`${PLANS_PATH}/:id/items/new`} element={editors(<NewItemPage />)} />
      <Route path={`${PLAN_ITEMS_PATH}/:id`} element={<PlanItemPage />} />
      <Route path={`${PLAN_ITEMS_PATH}/:id/edit`} element={editors(<EditItemPage />)} />
    </>
  );
}

import { Route } from 'react-router';
import { PlanItemPage } from './PlanItemPage';
import { PlanListPage } from './PlanListPage';
import { PlanPage } from './PlanPage';
import { PLAN_ITEMS_PATH, PLANS_PATH } from './paths';

/**
 * The action plan's routes, to be placed among the app's routes. Reading is open (the server
 * filters by visibility); forms need a role that may write, and the server decides per record.
 */
export function plansRoutes() {
  return (
    <>
      <Route path={PLANS_PATH} element={<PlanListPage />} />
      <Route path={`${PLANS_PATH}/:id`} element={<PlanPage />} />
      <Route path={`${PLAN_ITEMS_PATH}/:id`} element={<PlanItemPage />} />
    </>
  );
}

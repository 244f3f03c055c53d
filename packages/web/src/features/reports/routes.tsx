import { Route } from 'react-router';
import { NetworkReportPage } from './NetworkReportPage';
import { OrganisationReportPage } from './OrganisationReportPage';
import { NETWORK_REPORT_PATH, REPORTS_PATH } from './paths';
import { ReportsPage } from './ReportsPage';

/** The reports' routes, to be placed among the app's routes. Public: built from what the caller may read. */
export function reportsRoutes() {
  return (
    <>
      <Route path={REPORTS_PATH} element={<ReportsPage />} />
      <Route path={NETWORK_REPORT_PATH} element={<NetworkReportPage />} />
      <Route path={`${REPORTS_PATH}/organisations/:id`} element={<OrganisationReportPage />} />
    </>
  );
}

/** The addresses of the report pages. */
export const REPORTS_PATH = '/reports';
export const NETWORK_REPORT_PATH = '/reports/network';

/** An organisation's report of `year`. */
export const organisationReportPath = (id: string, year: number) =>
  `${REPORTS_PATH}/organisations/${encodeURIComponent(id)}?year=${year}`;

/** The network's report of `year`. */
export const networkReportPath = (year: number) => `${NETWORK_REPORT_PATH}?year=${year}`;

/** The year a report is first offered for: the last full year ("the work done in 2018"). */
export function defaultReportYear(today = new Date()): number {
  return today.getFullYear() - 1;
}

/** The year in `?year=`, when it is a plausible one; else the default. */
export function reportYear(value: string | null, today = new Date()): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1990 && year <= today.getFullYear() + 1
    ? year
    : defaultReportYear(today);
}

import { describe, expect, it } from 'vitest';
import { defaultReportYear, organisationReportPath, reportYear } from './paths';

describe('report years and addresses', () => {
  const today = new Date(2019, 5, 5);

  it('offers the last full year first', () => {
    expect(defaultReportYear(today)).toBe(2018);
  });

  it('reads a plausible year from the address, else the default', () => {
    expect(reportYear('2019', today)).toBe(2019);
    expect(reportYear('2021', today)).toBe(2018);
    expect(reportYear('abc', today)).toBe(2018);
    expect(reportYear(null, today)).toBe(2018);
  });

  it('builds an organisation report address', () => {
    expect(organisationReportPath('a b', 2018)).toBe('/reports/organisations/a%20b?year=2018');
  });
});

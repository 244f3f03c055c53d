import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportExportLinks } from './ReportExportLinks';
import { REPORTS_PATH } from './paths';
import { YearSwitcher } from './YearSwitcher';
import '../plans/plans.css';
import './reports.css';

interface ReportFrameProps {
  title: string;
  year: number;
  /** The organisation reported on; `null` for the network. */
  organisationId: string | null;
  onYear: (year: number) => void;
  children: ReactNode;
}

/** A report page's frame: heading, year switcher, the downloads (PDF, printable, CSV, XLSX), its sections. */
export function ReportFrame({ title, year, organisationId, onYear, children }: ReportFrameProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <p className="breadcrumb">
        <Link to={REPORTS_PATH}>{t('reports.title')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="report-toolbar">
        <YearSwitcher year={year} onChange={onYear} />
        <ReportExportLinks organisationId={organisationId} year={year} />
      </div>
      {children}
    </>
  );
}

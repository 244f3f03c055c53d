import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getAttendance, getProgramme, putAttendance } from '../../api/programmes';
import type { AttendanceSheet, ProgrammeDetail } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { changedDays, dayBody, type Grid, gridFromSheet, markAllPresent, setMark } from './attendance-grid';
import { AttendanceRule } from './AttendanceRule';
import { AttendanceTable } from './AttendanceTable';
import { CertificatesSection } from './CertificatesSection';
import { programmePath } from './paths';
import './programmes.css';

function AttendanceView({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.attendance.of', { title }));
  const sheet = useAsync(() => getAttendance(programme.id), [programme.id]);
  const [saved, setSaved] = useState<Grid>({});
  const [grid, setGrid] = useState<Grid>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!sheet.data) return;
    setSaved(gridFromSheet(sheet.data));
    setGrid(gridFromSheet(sheet.data));
  }, [sheet.data]);
  const changed = changedDays(saved, grid);
  const handleSave = async () => {
    setBusy(true);
    try {
      let last: AttendanceSheet | undefined;
      for (const day of changed) last = await putAttendance(programme.id, dayBody(grid, day));
      if (last) {
        setSaved(gridFromSheet(last));
        setGrid(gridFromSheet(last));
      }
      setNotice({ tone: 'success', text: t('programmes.attendance.saved') });
      sheet.reload();
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.attendance.of', { title })}</h1>
      {sheet.error ? <LoadError error={sheet.error} onRetry={sheet.reload} /> : null}
      {!sheet.data && !sheet.error ? <Loading /> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {sheet.data ? (
        <>
          <AttendanceRule
            programmeId={programme.id}
            share={sheet.data.requiredShare}
            onSaved={() => sheet.reload()}
          />
          {sheet.data.items.length === 0 ? <p>{t('programmes.attendance.empty')}</p> : null}
          <AttendanceTable
            sheet={sheet.data}
            grid={grid}
            onMark={(id, day, mark) => setGrid((g) => setMark(g, id, day, mark))}
            onAllPresent={(day) => setGrid((g) => markAllPresent(g, day))}
          />
          <button
            type="button"
            className="button"
            disabled={busy || changed.length === 0}
            onClick={handleSave}
          >
            {t('programmes.attendance.save')}
          </button>
          <CertificatesSection programmeId={programme.id} sheet={sheet.data} />
        </>
      ) : null}
    </>
  );
}

/** `/programmes/:id/attendance`: the organiser's attendance grid and the certificates it leads to. */
export function AttendancePage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <AttendanceView programme={record.data} />;
}

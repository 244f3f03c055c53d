import { useTranslation } from 'react-i18next';
import type { AttendanceMark, AttendanceSheet } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import type { Grid } from './attendance-grid';

const MARKS: AttendanceMark[] = ['present', 'absent', 'excused'];

interface AttendanceTableProps {
  sheet: AttendanceSheet;
  grid: Grid;
  onMark: (applicationId: string, day: string, mark: AttendanceMark | null) => void;
  onAllPresent: (day: string) => void;
}

/** People × days, one labelled select per cell (reachable by Tab, changed by arrow keys). */
export function AttendanceTable({ sheet, grid, onMark, onAllPresent }: AttendanceTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={t('programmes.attendance.title')} tabIndex={0}>
      <table className="data-table attendance-grid" data-testid="attendance-grid">
        <thead>
          <tr>
            <th scope="col">{t('programmes.mine.person')}</th>
            {sheet.days.map((day) => (
              <th scope="col" key={day}>
                {format.day(day)}
                <br />
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => onAllPresent(day)}
                >
                  {t('programmes.attendance.allPresent', { day: format.day(day) })}
                </button>
              </th>
            ))}
            <th scope="col">{t('programmes.attendance.share')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.items.map((item) => (
            <tr key={item.application.id}>
              <th scope="row">{item.application.person.name}</th>
              {sheet.days.map((day) => (
                <td key={day}>
                  <select
                    aria-label={t('programmes.attendance.cell', {
                      name: item.application.person.name,
                      day: format.day(day),
                    })}
                    value={grid[item.application.id]?.[day] ?? ''}
                    onChange={(e) =>
                      onMark(item.application.id, day, (e.target.value || null) as AttendanceMark | null)
                    }
                  >
                    <option value="">—</option>
                    {MARKS.map((m) => (
                      <option key={m} value={m}>
                        {t(`programmes.attendance.${m}`)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
              <td>
                {format.number(item.presentShare)} %
                {item.attended ? ` ✓ ${t('programmes.attendance.attended')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { EVENT_KINDS } from '../../api';
import type { FilterSpec } from '../registry/list-filters';

const uuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/** The calendar's filters, the same in the page URL and the events query. */
export const CALENDAR_FILTERS: readonly FilterSpec[] = [
  { name: 'q', accept: () => true },
  { name: 'series', accept: uuid },
  { name: 'kind', accept: (value) => (EVENT_KINDS as readonly string[]).includes(value) },
  { name: 'country', accept: (value) => /^[A-Z]{2}$/.test(value) },
  { name: 'organisation', accept: uuid },
];

export type CalendarView = 'month' | 'list';

/** The view in the URL (`view=list`), the month view otherwise. */
export function readView(params: URLSearchParams): CalendarView {
  return params.get('view') === 'list' ? 'list' : 'month';
}

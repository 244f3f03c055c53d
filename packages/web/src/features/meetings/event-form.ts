import type {
  EventDetail,
  EventInput,
  EventKind,
  EventOrganisationRole,
  EventStatus,
  LocalizedText,
  OrganisationRef,
  Visibility,
} from '../../api';
import { pickLocalized } from '../../lib/localized';
import type { FormProblems } from '../registry/organisation-form';
import { rowKey } from '../registry/rows';
import { cleanLocalized } from './LocalizedFields';

export interface OrganisationRoleRow {
  key: string;
  organisation: OrganisationRef | null;
  role: EventOrganisationRole;
}

export interface EventFormValues {
  kind: EventKind;
  title: LocalizedText;
  summary: LocalizedText;
  seriesId: string;
  number: string;
  parent: OrganisationRef | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: OrganisationRef | null;
  timeZone: string;
  countryCode: string;
  venue: string;
  status: EventStatus;
  organisations: OrganisationRoleRow[];
  visibility: Visibility;
}

export function emptyOrganisationRow(): OrganisationRoleRow {
  return { key: rowKey(), organisation: null, role: 'host' };
}

/** Form values for an existing event, or a new one (in `seriesId`, under `parent`, when given). */
export function eventToForm(
  detail: EventDetail | undefined,
  language: string,
  start: { seriesId?: string; parent?: OrganisationRef | null } = {},
): EventFormValues {
  if (!detail)
    return {
      kind: start.seriesId ? 'meeting' : 'exchange_of_experience',
      title: {},
      summary: {},
      seriesId: start.seriesId ?? '',
      number: '',
      parent: start.parent ?? null,
      startDate: '',
      startTime: '',
      endDate: '',
      endTime: '',
      place: null,
      timeZone: '',
      countryCode: '',
      venue: '',
      status: 'planned',
      organisations: [],
      visibility: 'public',
    };
  return {
    kind: detail.kind,
    title: detail.title,
    summary: detail.summary ?? {},
    seriesId: detail.series?.id ?? '',
    number: detail.number === null ? '' : String(detail.number),
    parent: detail.parent
      ? { id: detail.parent.id, name: pickLocalized(detail.parent.title, language) }
      : null,
    startDate: detail.start.date,
    startTime: detail.start.time ?? '',
    endDate: detail.end.date,
    endTime: detail.end.time ?? '',
    place: detail.place,
    timeZone: detail.start.timeZone,
    countryCode: detail.countryCode ?? '',
    venue: detail.venue ?? '',
    status: detail.status,
    organisations: detail.organisations.map((o) => ({
      key: rowKey(),
      organisation: o.organisation,
      role: o.role,
    })),
    visibility: detail.visibility,
  };
}

/**
 * Checks a title, dates (the end not before the start, both times or neither) and a time zone
 * (needed unless a city gives one). Problems are keyed by the API's field names.
 */
export function validateEvent(values: EventFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!cleanLocalized(values.title)) problems[`title.${language}`] = 'required';
  if (!values.startDate) problems.startDate = 'required';
  const oneTime = Boolean(values.startTime) !== Boolean(values.endTime);
  if (oneTime) problems[values.startTime ? 'endTime' : 'startTime'] = 'required';
  const endDate = values.endDate || values.startDate;
  if (values.startDate && endDate && !oneTime) {
    const start = `${values.startDate}T${values.startTime || '00:00'}`;
    const end = `${endDate}T${values.endTime || '00:00'}`;
    if (end < start) problems[values.endDate < values.startDate ? 'endDate' : 'endTime'] = 'dateOrder';
  }
  if (!values.place && !values.timeZone.trim()) problems.timeZone = 'required';
  if (values.number && !/^[1-9]\d{0,5}$/.test(values.number)) problems.number = 'invalid';
  values.organisations.forEach((row, i) => {
    if (!row.organisation) problems[`organisations.${i}.organisationId`] = 'required';
  });
  return problems;
}

/** The API body for the form values; an empty end date means a one-day event. */
export function formToEventInput(values: EventFormValues): EventInput {
  const timed = Boolean(values.startTime && values.endTime);
  const input: EventInput = {
    kind: values.kind,
    title: cleanLocalized(values.title) ?? {},
    summary: cleanLocalized(values.summary),
    seriesId: values.seriesId || null,
    parentId: values.parent?.id ?? null,
    startDate: values.startDate,
    startTime: timed ? values.startTime : null,
    endDate: values.endDate || values.startDate,
    endTime: timed ? values.endTime : null,
    countryCode: values.countryCode || null,
    placeId: values.place?.id ?? null,
    venue: values.venue.trim() || null,
    status: values.status,
    organisations: values.organisations
      .filter((row) => row.organisation)
      .map((row) => ({ organisationId: row.organisation?.id ?? '', role: row.role })),
    visibility: values.visibility,
  };
  if (values.number) input.number = Number(values.number);
  if (values.timeZone.trim()) input.timeZone = values.timeZone.trim();
  return input;
}

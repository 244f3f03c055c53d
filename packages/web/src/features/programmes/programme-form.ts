import { isPeriodLanguage } from '../../api/periods';
import type {
  ProgrammeDetail,
  ProgrammeInput,
  ProgrammeKind,
  ProgrammeStatus,
} from '../../api/programmes-types';
import type { OrganisationRef } from '../../api';
import type { LocalizedText, Visibility } from '../../api/registry-types';
import { defaultPeriodLanguage } from '../../components/PeriodField';
import { cleanLocalized } from '../meetings/LocalizedFields';
import type { FormProblems } from '../registry/organisation-form';

export interface ProgrammeFormValues {
  kind: ProgrammeKind;
  title: LocalizedText;
  description: LocalizedText;
  organiser: OrganisationRef | null;
  supporters: OrganisationRef[];
  /** The stored supporters' roles (support, partner, host, funder), kept on save; new ones support. */
  supporterRoles: Record<string, string>;
  countryCode: string;
  place: LocalizedText;
  period: { text: string; lang: string };
  startDate: string;
  endDate: string;
  countries: string[];
  communities: string;
  ageMin: string;
  ageMax: string;
  capacity: string;
  status: ProgrammeStatus;
  visibility: Visibility;
  planItem: { id: string; label: string } | null;
  /** The event the programme was held as (its label is looked up when only the id is known). */
  event: { id: string; label: string } | null;
}

/** Form values of an existing programme, or of a new one (a public draft training). */
export function programmeToForm(p: ProgrammeDetail | undefined, language: string): ProgrammeFormValues {
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    kind: p?.kind ?? 'training',
    title: p?.title ?? {},
    description: p?.description ?? {},
    organiser: p?.organiser ?? null,
    supporters: (p?.supporters ?? []).map((s) => s.organisation),
    supporterRoles: Object.fromEntries((p?.supporters ?? []).map((s) => [s.organisation.id, s.role])),
    countryCode: p?.countryCode ?? '',
    place: p?.place ?? {},
    period: p?.period
      ? { text: p.period.text ?? '', lang: p.period.lang }
      : { text: '', lang: defaultPeriodLanguage(language) },
    startDate: p?.startDate ?? '',
    endDate: p?.endDate ?? '',
    countries: p?.audience.countries ?? [],
    communities: (p?.audience.communities ?? []).join(', '),
    ageMin: num(p?.audience.ageMin),
    ageMax: num(p?.audience.ageMax),
    capacity: num(p?.capacity),
    status: p?.status ?? 'draft',
    visibility: (p?.visibility as Visibility | undefined) ?? 'public',
    planItem: p?.planItem
      ? {
          id: p.planItem.id,
          label: `${p.planItem.code} ${p.planItem.title[language] ?? Object.values(p.planItem.title)[0] ?? ''}`,
        }
      : null,
    event: p?.eventId ? { id: p.eventId, label: '' } : null,
  };
}

const whole = (text: string) => /^\d+$/.test(text.trim());

/** A title in the interface language (or any), dates in order, whole numbers for capacity and ages. */
export function validateProgramme(values: ProgrammeFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!cleanLocalized(values.title)) problems[`title.${language}`] = 'required';
  if (values.startDate && values.endDate && values.endDate < values.startDate) problems.endDate = 'dateOrder';
  if (values.endDate && !values.startDate) problems.startDate = 'required';
  for (const key of ['capacity', 'ageMin', 'ageMax'] as const)
    if (values[key].trim() && !whole(values[key])) problems[key] = 'invalid';
  return problems;
}

/** The API body: empty fields clear, communities split on commas, the period phrase parsed by the server. */
export function formToProgrammeInput(values: ProgrammeFormValues): ProgrammeInput {
  const num = (text: string) => (text.trim() ? Number(text) : null);
  const input: ProgrammeInput = {
    kind: values.kind,
    title: cleanLocalized(values.title) ?? {},
    description: cleanLocalized(values.description),
    supporters: values.supporters.map((o) => ({
      organisationId: o.id,
      role: values.supporterRoles[o.id] ?? 'support',
    })),
    countryCode: values.countryCode || null,
    place: cleanLocalized(values.place),
    periodText: values.period.text.trim() || null,
    periodLang: isPeriodLanguage(values.period.lang) ? values.period.lang : 'en',
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    capacity: num(values.capacity),
    audience: {
      countries: values.countries,
      communities: values.communities
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      ageMin: num(values.ageMin),
      ageMax: num(values.ageMax),
    },
    status: values.status,
    visibility: values.visibility,
    planItemId: values.planItem?.id ?? null,
    eventId: values.event?.id ?? null,
  };
  if (values.organiser) input.organiserId = values.organiser.id;
  return input;
}

import type {
  OrganisationRef,
  PlaceDetail,
  PlaceInput,
  PlaceKind,
  PlaceName,
  PlaceNameType,
  Script,
} from '../../api';
import type { FormProblems } from './organisation-form';
import { rowKey } from './rows';

export interface PlaceNameRow {
  key: string;
  lang: string;
  script: Script;
  name: string;
  nameType: PlaceNameType;
  validFrom: string;
  validTo: string;
}

export interface PlaceFormValues {
  kind: PlaceKind;
  countryCode: string;
  /** The larger place it lies in (a region, a country). */
  parent: OrganisationRef | null;
  timeZone: string;
  latitude: string;
  longitude: string;
  names: PlaceNameRow[];
}

/** The name to head a place with: official and current in `language`, else English, else the first. */
export function primaryPlaceName(
  names: readonly Pick<PlaceName, 'lang' | 'name' | 'nameType' | 'validTo'>[],
  language: string,
): string {
  const official = names.filter((n) => n.nameType === 'official' && !n.validTo);
  const pick = (lang: string) => official.find((n) => n.lang === lang)?.name;
  return pick(language) ?? pick('en') ?? official[0]?.name ?? names[0]?.name ?? '';
}

/** A blank official name in `lang`. */
export function emptyPlaceNameRow(lang: string): PlaceNameRow {
  return { key: rowKey(), lang, script: 'Latn', name: '', nameType: 'official', validFrom: '', validTo: '' };
}

/** The form values for an existing place (with its parent's name), or for a new city. */
export function placeToForm(
  detail: PlaceDetail | undefined,
  language: string,
  parent: OrganisationRef | null = null,
): PlaceFormValues {
  if (!detail)
    return {
      kind: 'city',
      countryCode: '',
      parent: null,
      timeZone: '',
      latitude: '',
      longitude: '',
      names: [emptyPlaceNameRow(language)],
    };
  return {
    kind: detail.kind,
    countryCode: detail.countryCode ?? '',
    parent,
    timeZone: detail.timeZone ?? '',
    latitude: detail.latitude === null ? '' : String(detail.latitude),
    longitude: detail.longitude === null ? '' : String(detail.longitude),
    names: detail.names.map((n) => ({
      key: rowKey(),
      lang: n.lang,
      script: n.script,
      name: n.name,
      nameType: n.nameType,
      validFrom: n.validFrom ?? '',
      validTo: n.validTo ?? '',
    })),
  };
}

const DECIMAL = /^[+\-−]?\d{1,3}([.,]\d+)?$/;

/** A coordinate typed with a decimal point or comma: `null` when blank, `NaN` when not a number. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.').replace('−', '-')) : Number.NaN;
}

/** True when `zone` is an IANA time zone the browser knows (`Asia/Bishkek`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const within = (value: number | null, limit: number) =>
  value === null || (Number.isFinite(value) && Math.abs(value) <= limit);

/** Checks a place before sending: a country, named rows with dates in order, sane coordinates and zone. */
export function validatePlace(values: PlaceFormValues): FormProblems {
  const problems: FormProblems = {};
  if (!values.countryCode) problems.countryCode = 'required';
  if (values.names.length === 0) problems.names = 'required';
  values.names.forEach((n, i) => {
    if (!n.name.trim()) problems[`names.${i}.name`] = 'required';
    if (n.validFrom && n.validTo && n.validTo < n.validFrom) problems[`names.${i}.validTo`] = 'dateOrder';
  });
  if (!within(parseCoordinate(values.latitude), 90)) problems.latitude = 'invalid';
  if (!within(parseCoordinate(values.longitude), 180)) problems.longitude = 'invalid';
  if (values.timeZone.trim() && !isTimeZone(values.timeZone.trim())) problems.timeZone = 'invalid';
  return problems;
}

/** The API body for the values (blanks become `null`; names replace the set). Assumes `validatePlace` passed. */
export function formToPlaceInput(values: PlaceFormValues): PlaceInput {
  return {
    kind: values.kind,
    countryCode: values.countryCode,
    parentId: values.parent?.id ?? null,
    timeZone: values.timeZone.trim() || null,
    latitude: parseCoordinate(values.latitude),
    longitude: parseCoordinate(values.longitude),
    names: values.names.map((n) => ({
      lang: n.lang,
      script: n.script,
      name: n.name.trim(),
      nameType: n.nameType,
      validFrom: n.validFrom || null,
      validTo: n.validTo || null,
    })),
  };
}

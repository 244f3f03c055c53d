import type {
  LocalizedText,
  OrganisationRef,
  ProgrammeItem,
  ProgrammeItemInput,
  ProgrammeKind,
} from '../../api';
import type { FormProblems } from '../registry/organisation-form';
import { rowKey } from '../registry/rows';
import { cleanLocalized } from './LocalizedFields';

export interface MediaLinkRow {
  key: string;
  url: string;
  label: string;
}

export interface ProgrammeFormValues {
  kind: ProgrammeKind;
  startTime: string;
  title: LocalizedText;
  summary: LocalizedText;
  visitedPlace: OrganisationRef | null;
  visitedPlaceText: string;
  delegationOrg: OrganisationRef | null;
  delegationCountry: string;
  speakers: OrganisationRef[];
  mediaLinks: MediaLinkRow[];
  /** Uploaded documents: the id, and the name when this form uploaded it. */
  documents: { id: string; name: string | null }[];
}

export function emptyMediaLinkRow(): MediaLinkRow {
  return { key: rowKey(), url: '', label: '' };
}

/** Form values for an existing programme item, or an empty one. */
export function programmeToForm(item?: ProgrammeItem): ProgrammeFormValues {
  return {
    kind: item?.kind ?? 'speech',
    startTime: item?.startTime ?? '',
    title: item?.title ?? {},
    summary: item?.summary ?? {},
    visitedPlace: item?.visitedPlace ?? null,
    visitedPlaceText: item?.visitedPlaceText ?? '',
    delegationOrg: item?.delegation?.organisation ?? null,
    delegationCountry: item?.delegation?.countryCode ?? '',
    speakers: (item?.speakers ?? []).map((s) => ({ id: s.personId, name: s.name })),
    mediaLinks: (item?.mediaLinks ?? []).map((l) => ({ key: rowKey(), url: l.url, label: l.label ?? '' })),
    documents: (item?.documents ?? []).map((d) => ({ id: d.fileId, name: null })),
  };
}

/** Media links must be https addresses (they are shown as links, never embedded). */
export function validateProgrammeItem(values: ProgrammeFormValues): FormProblems {
  const problems: FormProblems = {};
  values.mediaLinks.forEach((link, i) => {
    let ok = false;
    try {
      ok = new URL(link.url.trim()).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) problems[`mediaLinks.${i}.url`] = link.url.trim() ? 'invalid' : 'required';
  });
  return problems;
}

/** The API body; lists replace the item's speakers, links and documents. */
export function formToProgrammeInput(values: ProgrammeFormValues): ProgrammeItemInput {
  return {
    kind: values.kind,
    startTime: values.startTime || null,
    title: cleanLocalized(values.title),
    summary: cleanLocalized(values.summary),
    visitedPlaceId: values.visitedPlace?.id ?? null,
    visitedPlaceText: values.visitedPlaceText.trim() || null,
    delegationOrgId: values.delegationOrg?.id ?? null,
    delegationCountry: values.delegationCountry || null,
    speakers: values.speakers.map((s) => ({ personId: s.id })),
    mediaLinks: values.mediaLinks.map((l) => ({ url: l.url.trim(), label: l.label.trim() || null })),
    documentIds: values.documents.map((d) => d.id),
  };
}

/** The ids in their order after moving the one at `index` by `delta` (-1 up, +1 down); unchanged at the ends. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (target < 0 || target >= ids.length) return [...ids];
  const copy = [...ids];
  [copy[index], copy[target]] = [copy[target] as string, copy[index] as string];
  return copy;
}

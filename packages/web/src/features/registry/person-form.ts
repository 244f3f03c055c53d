import type {
  LocalizedText,
  OrganisationRef,
  PersonDetail,
  PersonInput,
  PersonNameSource,
  PositionInput,
  Script,
  Visibility,
} from '../../api';
import type { FormProblems } from './organisation-form';
import { removeRow, rowKey } from './rows';

export interface PersonNameRow {
  key: string;
  fullName: string;
  script: Script;
  lang: string;
  source: PersonNameSource;
  isPrimary: boolean;
}

export interface PositionRow {
  key: string;
  id?: string;
  /** The title in every language as stored; the form edits the interface language's version. */
  titles: LocalizedText;
  title: string;
  organisation: OrganisationRef | null;
  fromDate: string;
  toDate: string;
}

export interface PersonFormValues {
  names: PersonNameRow[];
  positions: PositionRow[];
  visibility: Visibility;
}

/** The script a name is written in, guessed from its letters (Cyrillic, Arabic, else Latin). */
export function guessScript(text: string): Script {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrl';
  if (/\p{Script=Arabic}/u.test(text)) return 'Arab';
  return 'Latn';
}

export function emptyPersonNameRow(isPrimary: boolean): PersonNameRow {
  return { key: rowKey(), fullName: '', script: 'Latn', lang: '', source: 'native', isPrimary };
}

export function emptyPositionRow(): PositionRow {
  return { key: rowKey(), titles: {}, title: '', organisation: null, fromDate: '', toDate: '' };
}

/** The spellings with the one at `index` as the only primary name. */
export function makePrimary(rows: readonly PersonNameRow[], index: number): PersonNameRow[] {
  return rows.map((row, i) => ({ ...row, isPrimary: i === index }));
}

/** The spellings without the one at `index`; removing the primary one makes the first left primary. */
export function removePersonName(rows: readonly PersonNameRow[], index: number): PersonNameRow[] {
  const rest = removeRow(rows, index);
  return rows[index]?.isPrimary && rest.length > 0 ? makePrimary(rest, 0) : rest;
}

/** Form values for an existing person (positions' titles in `language`), or a new one. */
export function personToForm(detail: PersonDetail | undefined, language: string): PersonFormValues {
  if (!detail) return { names: [emptyPersonNameRow(true)], positions: [], visibility: 'owner' };
  return {
    names: detail.names.map((n) => ({
      key: rowKey(),
      fullName: n.fullName,
      script: n.script,
      lang: n.lang ?? '',
      source: n.source,
      isPrimary: n.isPrimary,
    })),
    positions: detail.positions.map((p) => ({
      key: rowKey(),
      id: p.id,
      titles: p.title,
      title: p.title[language] ?? p.title.en ?? Object.values(p.title)[0] ?? '',
      organisation: p.organisation,
      fromDate: p.fromDate ?? '',
      toDate: p.toDate ?? '',
    })),
    visibility: detail.visibility,
  };
}

/** The API body of one position: the edited title replaces the interface language's version only. */
export function positionInput(row: PositionRow, language: string): PositionInput {
  return {
    title: { ...row.titles, [language]: row.title.trim() },
    organisationId: row.organisation?.id ?? '',
    fromDate: row.fromDate || null,
    toDate: row.toDate || null,
  };
}

/** The API body for the form values (positions included, for creation). */
export function formToPersonInput(values: PersonFormValues, language: string): PersonInput {
  return {
    names: values.names.map((n) => ({
      fullName: n.fullName.trim(),
      givenName: null,
      familyName: null,
      script: n.script,
      lang: n.lang || null,
      source: n.source,
      isPrimary: n.isPrimary,
    })),
    visibility: values.visibility,
    positions: values.positions.map((p) => positionInput(p, language)),
  };
}

/** Checks names (at least one, exactly one primary) and positions (title, organisation, date order). */
export function validatePerson(values: PersonFormValues): FormProblems {
  const problems: FormProblems = {};
  if (values.names.length === 0) problems.names = 'required';
  else if (values.names.filter((n) => n.isPrimary).length !== 1) problems.names = 'invalid';
  values.names.forEach((n, i) => {
    if (!n.fullName.trim()) problems[`names.${i}.fullName`] = 'required';
  });
  values.positions.forEach((p, i) => {
    if (!p.title.trim()) problems[`positions.${i}.title`] = 'required';
    if (!p.organisation) problems[`positions.${i}.organisationId`] = 'required';
    if (p.fromDate && p.toDate && p.toDate < p.fromDate) problems[`positions.${i}.toDate`] = 'dateOrder';
  });
  return problems;
}

/** What to send to the position endpoints to turn `before` into `after`. */
export function positionChanges(before: PositionRow[], after: PositionRow[], language: string) {
  const kept = new Set(after.map((p) => p.id).filter(Boolean));
  const original = new Map(before.map((p) => [p.id, p]));
  const same = (a: PositionRow, b: PositionRow) =>
    a.title === b.title &&
    a.organisation?.id === b.organisation?.id &&
    a.fromDate === b.fromDate &&
    a.toDate === b.toDate;
  return {
    removed: before.filter((p) => p.id && !kept.has(p.id)).map((p) => p.id as string),
    added: after.filter((p) => !p.id).map((p) => positionInput(p, language)),
    changed: after
      .filter((p) => p.id && original.has(p.id) && !same(p, original.get(p.id) as PositionRow))
      .map((p) => ({ id: p.id as string, input: positionInput(p, language) })),
  };
}

import { matchKeys } from '@kopru/turkic';
import { insertContact, listContacts } from '../registry/contacts.repository.ts';
import { insertPersonRow } from '../registry/people.repository.ts';
import { insertPosition, positionsOfPeople } from '../registry/positions.repository.ts';
import { canEditPerson, canSeePersonalData } from '../registry/registry.policy.ts';
import { scriptOf } from '../registry/registry.presenter.ts';
import type { LocalizedText, PersonName } from '../registry/registry.table.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { foldName, type RowValues, splitNames } from './imports.columns.ts';
import {
  auditRow,
  checkLength,
  type ImportContext,
  RowError,
  resolveCountry,
  resolveOrganisation,
} from './imports.context.ts';
import { type MatchCandidate, matchRow, missingSpellings } from './imports.matching.ts';
import {
  addPersonNames,
  findCandidateIds,
  type PersonWithNames,
  peopleWithNames,
  touchPerson,
} from './imports.repository.ts';
import type { ImportRow } from './imports.schema.ts';
import { loadPersonSnapshot } from './imports.snapshots.ts';

/** Most candidate records compared per row. */
export const MAX_CANDIDATES = 50;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PersonData {
  fullName: string;
  otherNames: string[];
  organisationId: string | null;
  position: string | null;
  email: string | null;
}

/** What a row adds to a stored person; empty when the row says nothing new. */
interface PersonChanges {
  names: string[];
  position: { organisationId: string; title: string | null } | null;
  email: string | null;
}

const hasChanges = (c: PersonChanges) => c.names.length > 0 || c.position !== null || c.email !== null;
const titleText = (title: string | null): LocalizedText =>
  title ? { und: { value: title, status: 'original' } } : {};

function readPerson(v: RowValues<'people'>) {
  if (!v.full_name) throw new RowError('full_name: empty');
  checkLength('full_name', v.full_name, 500);
  const otherNames = splitNames(v.other_names).filter((n) => foldName(n) !== foldName(v.full_name));
  for (const name of otherNames) checkLength('other_names', name, 500);
  if (otherNames.length > 50) throw new RowError('other_names: more than 50 spellings');
  if (v.email && (!EMAIL.test(v.email) || v.email.length > 254)) {
    throw new RowError(`email: "${v.email}" is not an email address`);
  }
  if (v.position && !v.organisation) throw new RowError('position: needs the organisation it is held at');
  checkLength('position', v.position, 300);
  return { fullName: v.full_name, otherNames, position: v.position || null, email: v.email || null };
}

async function candidatesFor(ic: ImportContext, spellings: string[]) {
  const keys = [...new Set(spellings.flatMap((s) => matchKeys(s)))];
  const people = await peopleWithNames(
    ic.db,
    await findCandidateIds(ic.db, 'person', keys, ic.scope, MAX_CANDIDATES),
  );
  return people.map(
    (p): MatchCandidate<PersonWithNames> => ({
      id: p.id,
      label: p.names.find((n) => n.is_primary)?.full_name ?? p.names[0]?.full_name ?? '',
      spellings: p.names.map((n) => n.full_name),
      record: p,
    }),
  );
}

async function changesFor(
  ic: ImportContext,
  person: PersonWithNames,
  data: PersonData,
): Promise<PersonChanges> {
  const names = missingSpellings(
    [data.fullName, ...data.otherNames],
    person.names.map((n) => n.full_name),
  );
  let position: PersonChanges['position'] = null;
  if (data.organisationId) {
    const held = (await positionsOfPeople(ic.db, [person.id], { currentOnly: true })).some(
      (p) =>
        p.organisation_id === data.organisationId &&
        (!data.position ||
          Object.values(p.title as LocalizedText).some(
            (t) => foldName(t.value) === foldName(data.position!),
          )),
    );
    if (!held) position = { organisationId: data.organisationId, title: data.position };
  }
  let email: string | null = null;
  if (data.email) {
    // Without the right to see the person's contacts, the importer cannot know: treat it as new.
    const known =
      canSeePersonalData(ic.actor, person) &&
      (await listContacts(ic.db, 'person', person.id)).some(
        (c) => c.kind === 'email' && c.value.toLowerCase() === data.email!.toLowerCase(),
      );
    if (!known) email = data.email;
  }
  return { names, position, email };
}

async function writeAdditions(ic: ImportContext, personId: string, existing: PersonName[], c: PersonChanges) {
  const added = await addPersonNames(
    ic.db,
    personId,
    c.names.map((n, i) => ({
      full_name: n,
      script: scriptOf(n),
      source: 'other' as const,
      is_primary: existing.length === 0 && i === 0,
    })),
  );
  await replaceNameKeys(
    ic.db,
    'person',
    personId,
    [...existing, ...added].map((n) => ({ id: n.id, text: n.full_name })),
  );
  if (c.position) {
    await insertPosition(ic.db, personId, {
      organisation_id: c.position.organisationId,
      title: JSON.stringify(titleText(c.position.title)),
      from_date: null,
      to_date: null,
    });
  }
  if (c.email) await insertContact(ic.db, 'person', personId, { kind: 'email', value: c.email, label: null });
}

async function createPerson(ic: ImportContext, data: PersonData): Promise<string> {
  const person = await insertPersonRow(ic.db, { owner_org_id: ic.owner, visibility: 'owner' });
  const changes: PersonChanges = {
    names: [data.fullName, ...data.otherNames],
    position: data.organisationId ? { organisationId: data.organisationId, title: data.position } : null,
    email: data.email,
  };
  await writeAdditions(ic, person.id, [], changes);
  if (ic.commit) {
    await auditRow(ic, {
      action: 'person.created',
      entityType: 'person',
      entityId: person.id,
      after: await loadPersonSnapshot(ic.db, person.id),
    });
  }
  return person.id;
}

/**
 * Adds what the row says and the person lacks.
 * @throws RowError when the importer may not edit the person
 */
async function addToPerson(
  ic: ImportContext,
  person: PersonWithNames,
  changes: PersonChanges,
): Promise<void> {
  if (!canEditPerson(ic.actor, person)) {
    throw new RowError('the row adds to a record that your organisation may not edit');
  }
  const before = ic.commit ? await loadPersonSnapshot(ic.db, person.id) : undefined;
  await writeAdditions(ic, person.id, person.names, changes);
  await touchPerson(ic.db, person.id);
  if (ic.commit) {
    await auditRow(ic, {
      action: 'person.updated',
      entityType: 'person',
      entityId: person.id,
      before,
      after: await loadPersonSnapshot(ic.db, person.id),
    });
  }
}

/**
 * Imports one row of a people file: the same person (a stored spelling equals `full_name`) is
 * left unchanged or completed; a likely other spelling of a person is a duplicate, handled by
 * the row's decision; anything else is created, owned by the importer's body, visible to it only.
 * @throws RowError with the reason the row cannot be imported
 */
export async function importPersonRow(
  ic: ImportContext,
  row: number,
  v: RowValues<'people'>,
): Promise<ImportRow> {
  const read = readPerson(v);
  const country = v.country ? await resolveCountry(ic, v.country) : null;
  const spellings = [read.fullName, ...read.otherNames];
  const match = matchRow(read.fullName, spellings, await candidatesFor(ic, spellings));
  let organisationId: string | null = null;
  if (v.organisation) {
    const linked =
      match.kind === 'none'
        ? []
        : (await positionsOfPeople(ic.db, [match.candidate.id])).map((p) => p.organisation_id);
    organisationId = await resolveOrganisation(ic, 'organisation', v.organisation, {
      country,
      prefer: linked,
    });
  }
  const data: PersonData = { ...read, organisationId };

  if (match.kind === 'same') {
    const person = match.candidate.record;
    const changes = await changesFor(ic, person, data);
    if (!hasChanges(changes)) return { row, status: 'unchanged', id: person.id };
    await addToPerson(ic, person, changes);
    return { row, status: 'updated', id: person.id };
  }
  if (match.kind === 'duplicate') {
    const decision = ic.decide(row);
    const { candidate, score } = match;
    const base: ImportRow = {
      row,
      status: 'duplicate',
      duplicateOf: { id: candidate.id, label: candidate.label, score },
      decision,
    };
    if (decision === 'skip') return base;
    if (decision === 'create') return { ...base, id: await createPerson(ic, data) };
    const changes = await changesFor(ic, candidate.record, data);
    if (hasChanges(changes)) await addToPerson(ic, candidate.record, changes);
    return { ...base, id: candidate.id };
  }
  return { row, status: 'created', id: await createPerson(ic, data) };
}

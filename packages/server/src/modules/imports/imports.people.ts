import { randomUUID } from 'node:crypto';
import { matchKeys, wordRotations } from '@kopru/turkic';
import type { Insertable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertMany } from '../../db/insert-many.ts';
import { analyse } from '../../db/statistics.ts';
import { groupBy } from '../../lib/group-by.ts';
import { recordAuditMany } from '../audit/audit.service.ts';
import { contactsOf } from '../registry/contacts.repository.ts';
import { positionsOfPeople } from '../registry/positions.repository.ts';
import { canEditPerson, canSeePersonalData } from '../registry/registry.policy.ts';
import { scriptOf } from '../registry/registry.presenter.ts';
import type { Contact, LocalizedText, Person, PersonName, Position } from '../registry/registry.table.ts';
import { insertNameKeys } from '../search/name-keys.repository.ts';
import { foldName, type RowValues, splitNames } from './imports.columns.ts';
import {
  checkLength,
  type ImportContext,
  RowError,
  resolveCountry,
  resolveOrganisation,
} from './imports.context.ts';
import {
  BatchKeys,
  type Match,
  type MatchCandidate,
  matchRow,
  missingSpellings,
} from './imports.matching.ts';
import {
  findCandidateIdsMany,
  type PersonWithNames,
  peopleWithNames,
  touchPeople,
} from './imports.repository.ts';
import type { RowSpellings } from './imports.keys.ts';
import type { ImportRow } from './imports.schema.ts';
import { loadPersonSnapshots, personCreatedSnapshot } from './imports.snapshots.ts';

type NewNameKey = Insertable<Database['name_keys']>;

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

/** What a batch knows of the people its rows matched, fetched once for the whole batch. */
interface MatchedFacts {
  /** Current positions by person. */
  current: Map<string, Position[]>;
  /** Organisations each person is or was linked to. */
  linked: Map<string, string[]>;
  /** Contacts by person. */
  contacts: Map<string, Contact[]>;
}

async function matchedFacts(ic: ImportContext, ids: string[]): Promise<MatchedFacts> {
  const [current, all, contacts] = await Promise.all([
    positionsOfPeople(ic.db, ids, { currentOnly: true }),
    positionsOfPeople(ic.db, ids),
    contactsOf(ic.db, 'person', ids),
  ]);
  return {
    current: groupBy(current, (p) => p.person_id),
    linked: new Map(
      [...groupBy(all, (p) => p.person_id)].map(([id, ps]) => [id, ps.map((p) => p.organisation_id)]),
    ),
    contacts: groupBy(contacts, (c) => c.entity_id),
  };
}

function changesFor(
  ic: ImportContext,
  person: PersonWithNames,
  data: PersonData,
  facts: MatchedFacts,
): PersonChanges {
  const names = missingSpellings(
    [data.fullName, ...data.otherNames],
    person.names.map((n) => n.full_name),
  );
  let position: PersonChanges['position'] = null;
  if (data.organisationId) {
    const held = (facts.current.get(person.id) ?? []).some(
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
      (facts.contacts.get(person.id) ?? []).some(
        (c) => c.kind === 'email' && c.value.toLowerCase() === data.email!.toLowerCase(),
      );
    if (!known) email = data.email;
  }
  return { names, position, email };
}

/**
 * What a batch writes, all at its end: the people it creates, and what its rows add to stored people
 * (spellings, a position, an email); a few multi-row inserts instead of several statements per row
 * (ADR 0010). A person's key is stored once, with the first spelling that gives it: lookups and search
 * ask which records hold a key, never which spelling (spellings of one name mostly share their keys).
 */
class PeopleWrites {
  private readonly people: Person[] = [];
  private readonly completed: string[] = [];
  private readonly names: PersonName[] = [];
  private readonly positions: Position[] = [];
  private readonly contacts: Contact[] = [];
  private readonly keys: NewNameKey[] = [];
  /** The keys taken for each person: a key that another spelling of the person gave is not stored twice. */
  private readonly keysOfPerson = new Map<string, Set<string>>();

  get keyCount(): number {
    return this.keys.length;
  }

  /** Takes a new person into the batch, with the match keys of each spelling; returns its id. */
  create(ic: ImportContext, data: PersonData, keysOf: readonly (readonly string[])[]): string {
    const id = randomUUID();
    const now = new Date();
    this.people.push({
      id,
      slug: null,
      owner_org_id: ic.owner,
      visibility: 'owner',
      created_at: now,
      updated_at: now,
    });
    this.add(
      id,
      {
        names: [data.fullName, ...data.otherNames],
        position: data.organisationId ? { organisationId: data.organisationId, title: data.position } : null,
        email: data.email,
      },
      { firstIsPrimary: true, keysOf },
    );
    return id;
  }

  /**
   * Takes into the batch what a row adds to a stored person.
   * @throws RowError when the importer may not edit the person
   */
  complete(ic: ImportContext, person: PersonWithNames, changes: PersonChanges): void {
    if (!canEditPerson(ic.actor, person)) {
      throw new RowError('the row adds to a record that your organisation may not edit');
    }
    this.completed.push(person.id);
    this.add(person.id, changes, { firstIsPrimary: person.names.length === 0 });
  }

  private add(
    personId: string,
    changes: PersonChanges,
    options: { firstIsPrimary: boolean; keysOf?: readonly (readonly string[])[] },
  ): void {
    const now = new Date();
    changes.names.forEach((name, i) => {
      const nameId = randomUUID();
      this.names.push({
        id: nameId,
        person_id: personId,
        full_name: name,
        given_name: null,
        family_name: null,
        script: scriptOf(name),
        lang: null,
        source: 'other',
        is_primary: options.firstIsPrimary && i === 0,
      });
      const taken = this.keysOfPerson.get(personId) ?? new Set<string>();
      this.keysOfPerson.set(personId, taken);
      for (const key of options.keysOf?.[i] ?? matchKeys(name)) {
        if (taken.has(key)) continue;
        taken.add(key);
        this.keys.push({ entity_type: 'person', entity_id: personId, name_id: nameId, key });
      }
    });
    if (changes.position) {
      this.positions.push({
        id: randomUUID(),
        person_id: personId,
        organisation_id: changes.position.organisationId,
        title: titleText(changes.position.title),
        from_date: null,
        to_date: null,
        created_at: now,
      });
    }
    if (changes.email) {
      this.contacts.push({
        id: randomUUID(),
        entity_type: 'person',
        entity_id: personId,
        kind: 'email',
        value: changes.email,
        label: null,
        visibility: 'owner',
        created_at: now,
      });
    }
  }

  /**
   * Writes the batch, and on commit its audit entries: `person.created` with a snapshot made from
   * the rows written (spellings in the file's order, primary first), `person.updated` with the
   * stored person before and after.
   */
  async write(ic: ImportContext): Promise<void> {
    const completed = [...new Set(this.completed)];
    const before = ic.commit && completed.length ? await loadPersonSnapshots(ic.db, completed) : new Map();
    await insertMany(ic.db, 'people', this.people);
    await insertMany(ic.db, 'person_names', this.names);
    await insertNameKeys(ic.db, this.keys);
    await insertMany(
      ic.db,
      'positions',
      this.positions.map((p) => ({ ...p, title: JSON.stringify(p.title) })),
    );
    await insertMany(ic.db, 'contacts', this.contacts);
    await touchPeople(ic.db, completed);
    if (!ic.commit) return;
    const after = completed.length ? await loadPersonSnapshots(ic.db, completed) : new Map();
    const namesOf = groupBy(this.names, (n) => n.person_id);
    const positionsOf = groupBy(this.positions, (p) => p.person_id);
    const contactsOf = groupBy(this.contacts, (c) => c.entity_id);
    await recordAuditMany(ic.db, ic.ctx, [
      ...this.people.map((person) => ({
        action: 'person.created',
        entityType: 'person',
        entityId: person.id,
        after: personCreatedSnapshot(
          person,
          namesOf.get(person.id) ?? [],
          positionsOf.get(person.id) ?? [],
          contactsOf.get(person.id) ?? [],
        ),
      })),
      ...completed.map((id) => ({
        action: 'person.updated',
        entityType: 'person',
        entityId: id,
        before: before.get(id),
        after: after.get(id),
      })),
    ]);
  }
}

/** A row read and checked, with the keys it looks for stored people by. */
interface ReadPerson {
  row: number;
  values: RowValues<'people'>;
  read: ReturnType<typeof readPerson>;
  country: string | null;
  spellings: string[];
  /** The keys of each spelling, as stored. */
  keysOf: string[][];
  /** What it looks for: the keys of every spelling, in every word rotation. */
  query: string[];
}

/** Most rows decided together: one candidate lookup and one write per batch. */
export const PEOPLE_BATCH = 500;

/**
 * Sends the rows after the batch to the keys thread (imports.keys.ts), which computes their match keys
 * while the batch is written and the next one read. Rows that cannot be read, or whose keys are not
 * back in time, are left to `readRow`.
 */
function readAhead(ic: ImportContext, rows: readonly { values: RowValues<'people'> }[]): void {
  const wanted: RowSpellings[] = [];
  for (const { values } of rows) {
    if (ic.keysAhead.has(values)) continue;
    try {
      const read = readPerson(values);
      wanted.push({ values, spellings: [read.fullName, ...read.otherNames] });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
    }
  }
  ic.keysAhead.request(wanted);
}

async function readRow(ic: ImportContext, row: number, values: RowValues<'people'>): Promise<ReadPerson> {
  const read = readPerson(values);
  const country = values.country ? await resolveCountry(ic, values.country) : null;
  const spellings = [read.fullName, ...read.otherNames];
  const keysOf = ic.keysAhead.take(values) ?? spellings.map((s) => matchKeys(s));
  const query = [...new Set(keysOf.flat().flatMap(wordRotations))];
  return { row, values, read, country, spellings, keysOf, query };
}

/**
 * Imports the rows of a people file at the head of `rows`, as many as one batch decides (at least
 * one): returns their results in order. Each row is decided as if the rows before it were stored:
 * the same person (a stored spelling equals `full_name`) is left unchanged or completed; a likely
 * other spelling of a person is a duplicate, handled by the row's decision; anything else is
 * created, owned by the importer's body, visible to it only. A batch ends before a row whose keys
 * could find an earlier row of the batch, and after a row that changes a stored person that a later
 * row may match, so what it fetched at its start is still true for every row it decides.
 */
export async function importPeopleRows(
  ic: ImportContext,
  rows: readonly { row: number; values: RowValues<'people'> }[],
): Promise<ImportRow[]> {
  const taken = new BatchKeys();
  const batch: (ReadPerson | { row: number; error: string })[] = [];
  for (const { row, values } of rows.slice(0, PEOPLE_BATCH)) {
    let read: ReadPerson;
    try {
      read = await readRow(ic, row, values);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      batch.push({ row, error: error.message });
      continue;
    }
    if (batch.length > 0 && taken.mayMatch(read.query)) break;
    taken.add(read.keysOf.flat());
    batch.push(read);
  }
  const valid = batch.filter((r): r is ReadPerson => !('error' in r));
  const candidateIds = await findCandidateIdsMany(
    ic.db,
    'person',
    valid.map((r) => r.query),
    ic.scope,
    MAX_CANDIDATES,
  );
  const people = new Map(
    (await peopleWithNames(ic.db, [...new Set(candidateIds.flat())])).map((p) => [p.id, p]),
  );
  const matches = new Map(
    valid.map((r, i) => [
      r,
      matchRow(
        r.read.fullName,
        r.spellings,
        (candidateIds[i] ?? []).flatMap((id) => {
          const p = people.get(id);
          return p ? [candidateOf(p)] : [];
        }),
      ),
    ]),
  );
  const matchedIds = [...matches.values()].flatMap((m) => (m.kind === 'none' ? [] : [m.candidate.id]));
  const facts = await matchedFacts(ic, matchedIds);
  const candidatesOf = new Map(valid.map((r, i) => [r, new Set(candidateIds[i])]));
  const created = new PeopleWrites();
  const results: ImportRow[] = [];
  for (const [at, r] of batch.entries()) {
    if ('error' in r) {
      results.push({ row: r.row, status: 'error', error: r.error });
      continue;
    }
    try {
      const { result, changed } = await decidePerson(ic, r, matches.get(r)!, facts, created);
      results.push(result);
      // What was fetched of that person is stale now: a later row that may match it waits for the
      // next batch. (A later row with a spelling this row added shares its keys: it is not in the batch.)
      const stale = (later: ReadPerson | { error: string }) =>
        'error' in later ? false : candidatesOf.get(later)?.has(changed ?? '');
      if (changed && batch.slice(at + 1).some(stale)) break;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      results.push({ row: r.row, status: 'error', error: error.message });
    }
  }
  readAhead(ic, rows.slice(results.length, results.length + PEOPLE_BATCH));
  await created.write(ic);
  await keepStatistics(ic, created.keyCount);
  return results;
}

/**
 * Analyses the tables the key lookup reads once the import has doubled them (and added 5,000 keys)
 * since their statistics were taken: a registry filled by its first import would otherwise be planned
 * as if empty (db/statistics.ts).
 */
async function keepStatistics(ic: ImportContext, keys: number): Promise<void> {
  ic.written.rows += keys;
  if (ic.written.rows < Math.max(5000, ic.written.base)) return;
  await analyse(ic.db, ['name_keys', 'people']);
  ic.written.base += ic.written.rows;
  ic.written.rows = 0;
}

const candidateOf = (p: PersonWithNames): MatchCandidate<PersonWithNames> => ({
  id: p.id,
  label: p.names.find((n) => n.is_primary)?.full_name ?? p.names[0]?.full_name ?? '',
  spellings: p.names.map((n) => n.full_name),
  record: p,
});

/**
 * Decides one row; `changed` is the stored person it wrote to, if any.
 * @throws RowError with the reason the row cannot be imported
 */
async function decidePerson(
  ic: ImportContext,
  r: ReadPerson,
  match: Match<PersonWithNames>,
  facts: MatchedFacts,
  created: PeopleWrites,
): Promise<{ result: ImportRow; changed: string | null }> {
  const { row, values: v } = r;
  let organisationId: string | null = null;
  if (v.organisation) {
    organisationId = await resolveOrganisation(ic, 'organisation', v.organisation, {
      country: r.country,
      prefer: match.kind === 'none' ? [] : (facts.linked.get(match.candidate.id) ?? []),
    });
  }
  const data: PersonData = { ...r.read, organisationId };

  if (match.kind === 'same') {
    const person = match.candidate.record;
    const changes = changesFor(ic, person, data, facts);
    if (!hasChanges(changes)) return { result: { row, status: 'unchanged', id: person.id }, changed: null };
    created.complete(ic, person, changes);
    return { result: { row, status: 'updated', id: person.id }, changed: person.id };
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
    if (decision === 'skip') return { result: base, changed: null };
    if (decision === 'create')
      return { result: { ...base, id: created.create(ic, data, r.keysOf) }, changed: null };
    const changes = changesFor(ic, candidate.record, data, facts);
    if (hasChanges(changes)) created.complete(ic, candidate.record, changes);
    return { result: { ...base, id: candidate.id }, changed: hasChanges(changes) ? candidate.id : null };
  }
  return { result: { row, status: 'created', id: created.create(ic, data, r.keysOf) }, changed: null };
}

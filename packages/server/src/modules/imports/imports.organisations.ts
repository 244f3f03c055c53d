import { matchKeys } from '@kopru/turkic';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { labelOf } from '../registry/organisations.presenter.ts';
import {
  insertOrganisation,
  listOrganisationNames,
  updateOrganisation,
} from '../registry/organisations.repository.ts';
import { canCreateOrganisation, organisationEditLevel } from '../registry/registry.policy.ts';
import type { OrganisationKind, OrganisationUpdate } from '../registry/registry.table.ts';
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
import { MAX_CANDIDATES } from './imports.people.ts';
import {
  addOrganisationNames,
  findCandidateIds,
  type OrganisationWithNames,
  organisationsWithNames,
  selfAndDescendantIds,
  setNameAbbreviation,
} from './imports.repository.ts';
import type { ImportRow } from './imports.schema.ts';
import { loadOrganisationSnapshot } from './imports.snapshots.ts';

const KINDS: Record<string, OrganisationKind> = {
  international_org: 'international_org',
  international_organisation: 'international_org',
  international_organization: 'international_org',
  state_body: 'state_body',
  diaspora_org: 'diaspora_org',
  diaspora_organisation: 'diaspora_org',
  diaspora_organization: 'diaspora_org',
  other: 'other',
};

interface OrganisationData {
  name: string;
  otherNames: string[];
  abbreviation: string | null;
  kind: OrganisationKind | null;
  country: string | null;
  city: string | null;
}

interface OrganisationChanges {
  names: string[];
  abbreviation: string | null;
  fields: OrganisationUpdate;
}

async function readOrganisation(ic: ImportContext, v: RowValues<'organisations'>): Promise<OrganisationData> {
  if (!v.name) throw new RowError('name: empty');
  checkLength('name', v.name, 500);
  const otherNames = splitNames(v.other_names).filter((n) => foldName(n) !== foldName(v.name));
  for (const name of otherNames) checkLength('other_names', name, 500);
  if (otherNames.length > 50) throw new RowError('other_names: more than 50 names');
  checkLength('abbreviation', v.abbreviation, 50);
  checkLength('city', v.city, 200);
  const kind = v.kind ? KINDS[v.kind.toLowerCase().replace(/[\s-]+/g, '_')] : null;
  if (kind === undefined) {
    throw new RowError(`kind: "${v.kind}" is not one of international_org, state_body, diaspora_org, other`);
  }
  return {
    name: v.name,
    otherNames,
    abbreviation: v.abbreviation || null,
    kind,
    country: v.country ? await resolveCountry(ic, v.country) : null,
    city: v.city || null,
  };
}

/** Keys of every name and abbreviation, as the registry stores them. */
export async function syncOrganisationKeys(db: Kysely<Database>, id: string): Promise<void> {
  const names = await listOrganisationNames(db, id);
  await replaceNameKeys(
    db,
    'organisation',
    id,
    names.flatMap((n) => [
      { id: n.id, text: n.name },
      ...(n.abbreviation ? [{ id: n.id, text: n.abbreviation }] : []),
    ]),
  );
}

async function candidatesFor(ic: ImportContext, data: OrganisationData) {
  const spellings = [data.name, ...data.otherNames];
  const keys = [...new Set(spellings.flatMap((s) => matchKeys(s)))];
  const orgs = await organisationsWithNames(
    ic.db,
    await findCandidateIds(ic.db, 'organisation', keys, ic.scope, MAX_CANDIDATES),
  );
  // Organisations of the same name in two countries are two organisations.
  return orgs
    .filter((o) => !data.country || !o.country_code || o.country_code.trim() === data.country)
    .map(
      (o): MatchCandidate<OrganisationWithNames> => ({
        id: o.id,
        label: labelOf(o.names).name,
        spellings: o.names.map((n) => n.name),
        record: o,
      }),
    );
}

async function changesFor(
  ic: ImportContext,
  org: OrganisationWithNames,
  data: OrganisationData,
  parentId: string | null,
): Promise<OrganisationChanges> {
  const names = missingSpellings(
    [data.name, ...data.otherNames],
    org.names.map((n) => n.name),
  );
  const known = org.names.some(
    (n) => n.abbreviation && foldName(n.abbreviation) === foldName(data.abbreviation ?? ''),
  );
  const fields: OrganisationUpdate = {};
  if (data.kind && data.kind !== org.kind) fields.kind = data.kind;
  if (data.country && !org.country_code) fields.country_code = data.country;
  if (data.city && data.city !== org.city) fields.city = data.city;
  if (parentId && parentId !== org.parent_id) {
    if ((await selfAndDescendantIds(ic.db, org.id)).includes(parentId)) {
      throw new RowError('parent: would make the organisation its own ancestor');
    }
    fields.parent_id = parentId;
  }
  return { names, abbreviation: data.abbreviation && !known ? data.abbreviation : null, fields };
}

const hasChanges = (c: OrganisationChanges) =>
  c.names.length > 0 || c.abbreviation !== null || Object.keys(c.fields).length > 0;

async function createOrganisation(ic: ImportContext, data: OrganisationData, parentId: string | null) {
  const kind = data.kind ?? 'other';
  if (!canCreateOrganisation(ic.actor, kind, ic.owner)) {
    throw new RowError(`kind: your role may not create an organisation of kind ${kind}`);
  }
  const row = await insertOrganisation(
    ic.db,
    {
      kind,
      country_code: data.country,
      city: data.city,
      parent_id: parentId,
      owner_org_id: ic.owner,
      verification: kind === 'diaspora_org' ? 'submitted' : null,
    },
    [
      { lang: 'und', name: data.name, abbreviation: data.abbreviation, name_type: 'official' },
      ...data.otherNames.map((name) => ({ lang: 'und', name, name_type: 'alias' as const })),
    ],
  );
  await syncOrganisationKeys(ic.db, row.id);
  if (ic.commit) {
    const after = await loadOrganisationSnapshot(ic.db, row.id);
    await auditRow(ic, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      after,
    });
  }
  return row.id;
}

/** @throws RowError when the importer may not make these changes */
async function changeOrganisation(
  ic: ImportContext,
  org: OrganisationWithNames,
  data: OrganisationData,
  c: OrganisationChanges,
) {
  if (organisationEditLevel(ic.actor, org) !== 'all') {
    throw new RowError('the row changes an organisation that your organisation may not edit');
  }
  if (c.fields.kind && !canCreateOrganisation(ic.actor, c.fields.kind, org.owner_org_id)) {
    throw new RowError(`kind: your role may not make an organisation of kind ${c.fields.kind}`);
  }
  const before = ic.commit ? await loadOrganisationSnapshot(ic.db, org.id) : undefined;
  if (c.fields.kind) c.fields.verification = c.fields.kind === 'diaspora_org' ? 'submitted' : null;
  await updateOrganisation(ic.db, org.id, c.fields);
  await addOrganisationNames(
    ic.db,
    org.id,
    c.names.map((name) => ({ lang: 'und', name, name_type: 'alias' as const })),
  );
  if (c.abbreviation) {
    const names = await listOrganisationNames(ic.db, org.id);
    const target = names.find((n) => foldName(n.name) === foldName(data.name)) ?? names[0];
    if (target) await setNameAbbreviation(ic.db, target.id, c.abbreviation);
  }
  await syncOrganisationKeys(ic.db, org.id);
  if (ic.commit) {
    const after = await loadOrganisationSnapshot(ic.db, org.id);
    await auditRow(ic, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: org.id,
      before,
      after,
    });
  }
}

/**
 * Imports one row of an organisations file: the same organisation (a stored name equals `name`,
 * in no other country) is left unchanged or completed; a likely other spelling is a duplicate,
 * handled by the row's decision; anything else is created, owned by the importer's body. `parent`
 * names an organisation the importer may read (one created by an earlier row, too).
 * @throws RowError with the reason the row cannot be imported
 */
export async function importOrganisationRow(
  ic: ImportContext,
  row: number,
  v: RowValues<'organisations'>,
): Promise<ImportRow> {
  ic.organisations.clear(); // an earlier row may have created or renamed one
  const data = await readOrganisation(ic, v);
  const match = matchRow(data.name, [data.name, ...data.otherNames], await candidatesFor(ic, data));
  const current = match.kind === 'none' ? null : match.candidate.record;
  const parentId = v.parent
    ? await resolveOrganisation(ic, 'parent', v.parent, { prefer: [current?.parent_id ?? null] })
    : null;
  if (current && parentId === current.id) throw new RowError('parent: is the organisation itself');

  if (match.kind === 'same') {
    const org = match.candidate.record;
    const changes = await changesFor(ic, org, data, parentId);
    if (!hasChanges(changes)) return { row, status: 'unchanged', id: org.id };
    await changeOrganisation(ic, org, data, changes);
    return { row, status: 'updated', id: org.id };
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
    if (decision === 'create') return { ...base, id: await createOrganisation(ic, data, parentId) };
    const changes = await changesFor(ic, candidate.record, data, parentId);
    if (hasChanges(changes)) await changeOrganisation(ic, candidate.record, data, changes);
    return { ...base, id: candidate.id };
  }
  return { row, status: 'created', id: await createOrganisation(ic, data, parentId) };
}

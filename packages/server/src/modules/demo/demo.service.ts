import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { insertAccount, insertGrant } from '../accounts/accounts.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { placeIdsBySlug } from '../registry/gazetteer/gazetteer.repository.ts';
import { seedGazetteer } from '../registry/gazetteer/gazetteer.service.ts';
import { insertOrganisation } from '../registry/organisations.repository.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import {
  type DemoCredential,
  credentialsBox,
  generateCredentials,
  writeCredentialsFile,
} from './demo.credentials.ts';
import { keyOrganisation, loadDiasporaOrganisations } from './demo.diaspora.ts';
import { extendDemoData } from './demo.extend.ts';
import { seedDemoMeetings } from './demo.meetings.ts';
import { seedDemoMinutes } from './demo.minutes.ts';
import { seedDemoPlans } from './demo.plans.ts';
import { seedDemoProgrammes } from './demo.programmes.ts';
import {
  hasOrganisations,
  insertPerson,
  insertPositions,
  lockDemoLoad,
  setOrganisationOwner,
} from './demo.repository.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  type DemoPerson,
  type OrgSlug,
} from './network.data.ts';

/** Where the demo passwords are kept after the first start. */
export function demoAccountsFile(deps: AppDeps): string {
  return join(deps.config.dataDir, 'demo-accounts.txt');
}

const toStdout = (text: string) => {
  process.stdout.write(text);
};

/**
 * Loads the demo network (organisations, people, positions, the demo diaspora organisations, one
 * account per role, and the match keys of every name) when the registry is empty, all in one
 * transaction, with one `demo.loaded` audit entry. The gazetteer is seeded first (its cities
 * locate the organisations). The new passwords go to `demo-accounts.txt` in the data folder (mode
 * 0600) and are printed once, as a plain boxed block through `print` (not the JSON log, which must
 * never hold them). Later
 * starts, or any database that already holds an organisation, load no accounts and touch no file;
 * a database holding an older demo network gets what it lacks (see `extendDemoData`), and the demo
 * network's meetings when it has none yet (see `seedDemoMeetings`), and the adopted minutes of the
 * 5th Contact Group meeting when it has none (`seedDemoMinutes`), and the joint action plans of
 * 2018 and 2019 when it has none (`seedDemoPlans`), and the programmes of the press release with a
 * current call when it has none (`seedDemoProgrammes`).
 * Returns whether it loaded or extended anything.
 * @throws whatever the database or the file system throws; nothing is then committed.
 */
export async function seedDemoData(
  deps: AppDeps,
  log: Logger,
  print: (text: string) => void = toStdout,
): Promise<boolean> {
  await seedGazetteer(deps.db, log);
  // Checked first so that a normal start does not spend time hashing passwords.
  if (await hasOrganisations(deps.db)) {
    const extended = await extendDemoData(deps.db, log);
    const meetings = await seedDemoMeetings(deps.db, log);
    const minutes = await seedDemoMinutes(deps.db, log);
    const plans = await seedDemoPlans(deps.db, log);
    return (await seedDemoProgrammes(deps.db, log)) || plans || minutes || meetings || extended;
  }
  const credentials = await generateCredentials(DEMO_ACCOUNTS);
  const file = demoAccountsFile(deps);
  const loaded = await deps.db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    if (await hasOrganisations(trx)) return undefined;
    const orgIds = await loadOrganisations(trx);
    const people = await loadPeople(trx, orgIds);
    const diasporaOrganisations = await loadDiasporaOrganisations(trx, orgIds);
    await loadAccounts(trx, credentials, orgIds);
    const summary = {
      organisations: orgIds.size,
      diasporaOrganisations,
      people,
      accounts: credentials.map((c) => ({ email: c.account.email, role: c.account.role })),
    };
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'demo.loaded',
      entityType: 'demo',
      entityId: null,
      after: summary,
    });
    // Written before the commit: if it fails, nothing is loaded and the next start tries again.
    writeCredentialsFile(file, credentials);
    return summary;
  });
  if (!loaded) {
    log.debug('demo data: loaded by another server meanwhile, nothing loaded');
    return false;
  }
  print(credentialsBox(credentials, file));
  await seedDemoMeetings(deps.db, log);
  await seedDemoMinutes(deps.db, log);
  await seedDemoPlans(deps.db, log);
  await seedDemoProgrammes(deps.db, log);
  log.info(
    {
      organisations: loaded.organisations,
      diasporaOrganisations: loaded.diasporaOrganisations,
      people: loaded.people,
      accounts: credentials.length,
      file,
    },
    'demo data loaded',
  );
  return true;
}

/** Inserts the organisations with their names and match keys; returns their ids by slug. */
async function loadOrganisations(trx: Kysely<Database>): Promise<Map<OrgSlug, string>> {
  const places = await placeIdsBySlug(
    trx,
    DEMO_ORGANISATIONS.flatMap((o) => (o.place ? [o.place] : [])),
  );
  // Ids are chosen here so that a record may own itself; an owner listed later is set at the end.
  const ids = new Map(DEMO_ORGANISATIONS.map((o) => [o.slug, randomUUID()]));
  const idOf = (slug: OrgSlug) => ids.get(slug) ?? fail(`unknown organisation ${slug}`);
  const inserted = new Set<OrgSlug>();
  const laterOwners: [string, string][] = [];
  for (const org of DEMO_ORGANISATIONS) {
    if (org.parent && !inserted.has(org.parent))
      fail(`${org.slug} is listed before its parent ${org.parent}`);
    const owner = org.owner ?? org.slug;
    const ownerNow = owner === org.slug || inserted.has(owner);
    if (!ownerNow) laterOwners.push([idOf(org.slug), idOf(owner)]);
    await insertOrganisation(
      trx,
      {
        id: idOf(org.slug),
        slug: org.slug,
        kind: org.kind,
        parent_id: org.parent ? idOf(org.parent) : null,
        owner_org_id: ownerNow ? idOf(owner) : null,
        country_code: org.countryCode,
        city: org.city ?? null,
        founded_year: org.foundedYear ?? null,
        website: org.website ?? null,
        visibility: 'public',
        place_id: (org.place && places.get(org.place)) || null,
        communities: [...(org.communities ?? [])],
        verification: org.verification ?? null,
        last_verified_on: org.lastVerifiedOn ?? null,
      },
      [...org.names],
    );
    await keyOrganisation(trx, idOf(org.slug));
    inserted.add(org.slug);
  }
  for (const [id, ownerId] of laterOwners) await setOrganisationOwner(trx, id, ownerId);
  return ids;
}

/** Inserts the people with their spellings and positions; returns how many. */
async function loadPeople(trx: Kysely<Database>, orgIds: Map<OrgSlug, string>): Promise<number> {
  const owners = new Map(DEMO_ORGANISATIONS.map((o) => [o.slug, o.owner ?? o.slug]));
  for (const person of DEMO_PEOPLE) {
    // A person's record is kept by whoever keeps the record of the body they serve in.
    const first = person.positions[0]?.organisation;
    const owner = first ? orgIds.get(owners.get(first) ?? first) : undefined;
    await loadPerson(trx, orgIds, person, owner ?? null, 'public');
  }
  return DEMO_PEOPLE.length;
}

/** Inserts one person with their spellings, match keys and positions; returns the id. */
async function loadPerson(
  trx: Kysely<Database>,
  orgIds: Map<OrgSlug, string>,
  person: DemoPerson,
  ownerOrgId: string | null,
  visibility: 'public' | 'network',
): Promise<string> {
  const { id: personId, spellings } = await insertPerson(
    trx,
    { slug: person.slug, ownerOrgId, visibility },
    person.names,
  );
  await replaceNameKeys(trx, 'person', personId, spellings);
  await insertPositions(
    trx,
    person.positions.map((p) => ({
      person_id: personId,
      organisation_id: orgIds.get(p.organisation) ?? fail(`unknown organisation ${p.organisation}`),
      title: JSON.stringify(p.title),
      from_date: p.fromDate ?? null,
      to_date: p.toDate ?? null,
    })),
  );
  return personId;
}

/**
 * Inserts the demo accounts with their grants, each linked to its registry person when it has one
 * (a fictional person, visible to the network, kept by the account's body).
 */
async function loadAccounts(
  trx: Kysely<Database>,
  credentials: readonly DemoCredential[],
  orgIds: Map<OrgSlug, string>,
): Promise<void> {
  for (const { account, passwordHash } of credentials) {
    const organisationId =
      orgIds.get(account.organisation) ?? fail(`unknown organisation ${account.organisation}`);
    const row = await insertAccount(trx, {
      email: account.email,
      display_name: account.displayName,
      locale: account.locale,
      password_hash: passwordHash,
      person_id: account.person
        ? await loadPerson(trx, orgIds, account.person, organisationId, 'network')
        : null,
    });
    await insertGrant(trx, { accountId: row.id, role: account.role, organisationId, grantedBy: null });
  }
}

function fail(message: string): never {
  throw new Error(`demo data: ${message}`);
}

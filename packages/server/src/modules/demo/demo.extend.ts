import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { keyOrganisation, loadDiasporaOrganisations } from './demo.diaspora.ts';
import {
  lockDemoLoad,
  organisationIdsBySlug,
  personIdsBySlug,
  personSpellings,
  withoutNameKeys,
} from './demo.repository.ts';
import { DEMO_DIASPORA_ORGANISATIONS } from './diaspora.data.ts';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './network.data.ts';

/** The record whose presence tells that the demo network was loaded into this database. */
const DEMO_MARKER = 'demo-az-cultural-association-berlin';

const ORG_SLUGS = [...DEMO_ORGANISATIONS, ...DEMO_DIASPORA_ORGANISATIONS].map((o) => o.slug);

interface Plan {
  orgIds: Map<string, string>;
  /** Diaspora organisations to add (those whose curator is present). */
  missing: Set<string>;
  unkeyedOrganisations: string[];
  unkeyedPeople: string[];
}

async function plan(db: Kysely<Database>): Promise<Plan | undefined> {
  const orgIds = await organisationIdsBySlug(db, ORG_SLUGS);
  if (!orgIds.has(DEMO_MARKER)) return undefined;
  const missing = new Set(
    DEMO_DIASPORA_ORGANISATIONS.filter((o) => !orgIds.has(o.slug) && orgIds.has(o.curator)).map(
      (o) => o.slug,
    ),
  );
  const people = await personIdsBySlug(
    db,
    DEMO_PEOPLE.map((p) => p.slug),
  );
  return {
    orgIds,
    missing,
    unkeyedOrganisations: await withoutNameKeys(db, 'organisation', [...orgIds.values()]),
    unkeyedPeople: await withoutNameKeys(db, 'person', [...people.values()]),
  };
}

const isEmpty = (p: Plan) => !p.missing.size && !p.unkeyedOrganisations.length && !p.unkeyedPeople.length;

/**
 * Brings a database that already holds the demo network up to the current demo data: adds the demo
 * diaspora organisations it lacks and the match keys of demo records written before name keys
 * existed, in one transaction with one `demo.extended` audit entry. A registry that is not the
 * demo network (no demo marker record) is left alone. Returns whether it changed anything.
 */
export async function extendDemoData(db: Kysely<Database>, log: Logger): Promise<boolean> {
  const first = await plan(db);
  if (!first || isEmpty(first)) {
    log.debug('demo data: the registry is not empty, nothing loaded');
    return false;
  }
  const done = await db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    const p = await plan(trx);
    if (!p || isEmpty(p)) return undefined;
    const diasporaOrganisations = p.missing.size
      ? await loadDiasporaOrganisations(trx, p.orgIds, p.missing)
      : 0;
    for (const id of p.unkeyedOrganisations) await keyOrganisation(trx, id);
    for (const id of p.unkeyedPeople)
      await replaceNameKeys(trx, 'person', id, await personSpellings(trx, id));
    const summary = {
      diasporaOrganisations,
      keyed: { organisations: p.unkeyedOrganisations.length, people: p.unkeyedPeople.length },
    };
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'demo.extended',
      entityType: 'demo',
      entityId: null,
      after: summary,
    });
    return summary;
  });
  if (!done) return false;
  log.info(done, 'demo data extended');
  return true;
}

import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../../errors/app-error.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { personOfAccount } from '../meetings/participation.repository.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { canReadRecord, defaultOwnerOf } from '../registry/registry.policy.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { applicationCounts, applicationOfPerson } from './applications.repository.ts';
import { callsOf, questionsOf } from './calls.repository.ts';
import { auditProgrammes, editableProgramme, readableProgramme } from './programmes.access.ts';
import { programmeColumns } from './programmes.input.ts';
import { canCreateProgramme, canEditProgramme, programmesListScope } from './programmes.policy.ts';
import {
  presentAudience,
  presentCall,
  presentProgrammeSummary,
  presentQuestion,
} from './programmes.presenter.ts';
import {
  bodiesOf,
  insertProgramme,
  listProgrammes,
  planItemRef,
  quotasOf,
  replaceBodies,
  replaceQuotas,
  updateProgrammeRow,
} from './programmes.repository.ts';
import type { ProgrammeCreate, ProgrammeUpdate } from './programmes.schema.ts';
import { APPLICATION_STATUSES, type Programme } from './programmes.table.ts';

// The programmes API: list, detail, create, change, quotas (docs/api/programmes.md).

type Page = { limit: number; offset: number };
type Filter = { kind?: string; status?: string; country?: string; open?: 'true' | 'false' };

async function summaries(db: Kysely<Database>, actor: Actor, programmes: readonly Programme[], now: Date) {
  const ids = programmes.map((p) => p.id);
  const [bodies, calls] = await Promise.all([bodiesOf(db, ids), callsOf(db, ids)]);
  const orgIds = [
    ...programmes.flatMap((p) => p.owner_org_id ?? []),
    ...bodies.map((b) => b.organisation_id),
  ];
  const names = await readableRefNames(db, actor, orgIds);
  const bodiesBy = groupBy(bodies, (b) => b.programme_id);
  const ref = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id) ?? '' } : null);
  return programmes.map((p) => {
    const supporters = (bodiesBy.get(p.id) ?? []).flatMap((b) => {
      const organisation = ref(b.organisation_id);
      return organisation ? [{ organisation, role: b.role }] : [];
    });
    return presentProgrammeSummary(p, { organiser: ref(p.owner_org_id), supporters }, calls.get(p.id), now);
  });
}

/** The programmes `actor` may read (published ones for the public), newest first. */
export async function browseProgrammes(deps: AppDeps, actor: Actor, filter: Filter, page: Page) {
  const now = new Date();
  const { open, ...rest } = filter;
  const found = await listProgrammes(
    deps.db,
    programmesListScope(actor),
    { ...rest, openAt: open === 'true' ? now : undefined },
    page,
  );
  return { items: await summaries(deps.db, actor, found.items, now), total: found.total };
}

async function myApplication(db: Kysely<Database>, actor: Actor, programmeId: string) {
  const own = actor.kind === 'account' ? await personOfAccount(db, actor.accountId) : null;
  const app = own ? await applicationOfPerson(db, programmeId, own) : undefined;
  return app
    ? { id: app.id, status: app.status, submittedAt: app.submitted_at?.toISOString() ?? null }
    : null;
}

async function planItemOf(db: Kysely<Database>, actor: Actor, p: Programme) {
  const item = p.plan_item_id ? await planItemRef(db, p.plan_item_id) : undefined;
  if (!item || !canReadRecord(actor, item)) return null;
  return { id: item.id, code: item.code, title: flattenText(item.title) ?? {} };
}

/** A programme's detail for `actor`: call with its questions, quotas, audience, counts for editors. */
export async function programmeDetail(db: Kysely<Database>, actor: Actor, p: Programme) {
  const now = new Date();
  const canEdit = canEditProgramme(actor, p);
  const [[summary], calls, questions, quotas, counts, mine, planItem] = await Promise.all([
    summaries(db, actor, [p], now),
    callsOf(db, [p.id]),
    questionsOf(db, p.id),
    quotasOf(db, p.id),
    canEdit ? applicationCounts(db, p.id) : null,
    myApplication(db, actor, p.id),
    planItemOf(db, actor, p),
  ]);
  const call = calls.get(p.id);
  return {
    ...(summary as NonNullable<typeof summary>),
    description: flattenText(p.description),
    audience: presentAudience(p),
    quotas: quotas.map((q) => ({
      id: q.id,
      countryCode: q.country_code,
      community: q.community,
      seats: q.seats,
    })),
    planItem,
    eventId: p.event_id,
    call: call ? { ...presentCall(call, now), questions: questions.map(presentQuestion) } : null,
    applications: counts
      ? Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, counts.get(s) ?? 0]))
      : null,
    canEdit,
    myApplication: mine,
  };
}

/** One programme. @throws AppError NOT_FOUND */
export async function showProgramme(deps: AppDeps, actor: Actor, id: string) {
  return programmeDetail(deps.db, actor, await readableProgramme(deps.db, actor, id));
}

/** Creates a programme. @throws AppError FORBIDDEN; VALIDATION_FAILED; PERIOD_NOT_UNDERSTOOD */
export async function addProgramme(deps: AppDeps, ctx: RequestContext, input: ProgrammeCreate) {
  if (!canCreateProgramme(ctx.actor)) throw forbidden('You may not create programmes.');
  const organiserId = input.organiserId ?? defaultOwnerOf(ctx.actor) ?? undefined;
  const id = await deps.db.transaction().execute(async (trx) => {
    const set = await programmeColumns(trx, ctx.actor, { ...input, organiserId });
    const row = await insertProgramme(trx, { ...set, kind: input.kind, title: set.title as string });
    if (input.supporters) await replaceBodies(trx, row.id, input.supporters);
    const after = await programmeDetail(trx, ctx.actor, row);
    await auditProgrammes(trx, ctx, { type: 'programme', id: row.id }, 'programme.created', { after });
    return row.id;
  });
  return showProgramme(deps, ctx.actor, id);
}

/** Changes a programme. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED */
export async function changeProgramme(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: ProgrammeUpdate,
) {
  await deps.db.transaction().execute(async (trx) => {
    const current = await editableProgramme(trx, ctx.actor, id);
    const before = await programmeDetail(trx, ctx.actor, current);
    const row = await updateProgrammeRow(trx, id, await programmeColumns(trx, ctx.actor, input, current));
    if (input.supporters) await replaceBodies(trx, id, input.supporters);
    const after = await programmeDetail(trx, ctx.actor, row);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.updated', { before, after });
  });
  return showProgramme(deps, ctx.actor, id);
}

type QuotaInput = {
  countryCode?: string | null | undefined;
  community?: string | null | undefined;
  seats: number;
};

/** Replaces a programme's quotas. @throws AppError NOT_FOUND; FORBIDDEN */
export async function setQuotas(deps: AppDeps, ctx: RequestContext, id: string, quotas: QuotaInput[]) {
  return deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const before = await quotasOf(trx, id);
    await replaceQuotas(trx, id, quotas);
    const after = await quotasOf(trx, id);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.quotas_set', { before, after });
    return {
      quotas: after.map((q) => ({
        id: q.id,
        countryCode: q.country_code,
        community: q.community,
        seats: q.seats,
      })),
    };
  });
}

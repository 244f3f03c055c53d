import type { AppDeps } from '../../app-deps.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findOrganisation } from '../registry/organisations.repository.ts';
import {
  countGrantsOfRole,
  deleteGrant,
  findGrant,
  listAccountsWithGrants,
} from './accounts.admin.repository.ts';
import { accountListScope, canRevokeGrant } from './accounts.policy.ts';
import { organisationLabels } from './accounts.repository.ts';
import { deleteSessionsOfAccount } from './sessions.repository.ts';

/** The accounts `ctx.actor` may manage, with their roles. */
export async function browseAccounts(
  deps: AppDeps,
  ctx: RequestContext,
  page: { limit: number; offset: number; q?: string | undefined },
) {
  const { accounts, grants, total } = await listAccountsWithGrants(
    deps.db,
    accountListScope(ctx.actor),
    page,
  );
  const labels = await organisationLabels(deps.db, [...new Set(grants.map((g) => g.organisation_id))]);
  return {
    total,
    items: accounts.map((a) => ({
      id: a.id,
      email: a.email,
      displayName: a.display_name,
      status: a.status,
      locale: a.locale,
      createdAt: a.created_at.toISOString(),
      lastSignInAt: a.last_sign_in_at?.toISOString() ?? null,
      roles: grants
        .filter((g) => g.account_id === a.id)
        .map((g) => ({
          id: g.id,
          role: g.role,
          organisation: { id: g.organisation_id, name: labels.get(g.organisation_id) ?? '' },
        })),
    })),
  };
}

/**
 * Withdraws one role from an account, ending its sessions so the change takes effect at once.
 * @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT when it is the last secretariat role
 */
export async function revokeGrant(
  deps: AppDeps,
  ctx: RequestContext,
  accountId: string,
  grantId: string,
): Promise<void> {
  const grant = await findGrant(deps.db, grantId);
  if (!grant || grant.account_id !== accountId) throw notFound('The role');
  const organisation = await findOrganisation(deps.db, grant.organisation_id);
  if (!organisation || !canRevokeGrant(ctx.actor, grant, organisation))
    throw forbidden('You may not withdraw this role.');
  if (grant.role === 'secretariat' && (await countGrantsOfRole(deps.db, 'secretariat')) <= 1) {
    throw new AppError('CONFLICT', 'The last secretariat role cannot be withdrawn.');
  }
  await deps.db.transaction().execute(async (trx) => {
    await deleteGrant(trx, grant.id);
    await deleteSessionsOfAccount(trx, accountId);
    await recordAudit(trx, ctx, {
      action: 'role.revoked',
      entityType: 'account',
      entityId: accountId,
      before: { role: grant.role, organisationId: grant.organisation_id },
    });
  });
}

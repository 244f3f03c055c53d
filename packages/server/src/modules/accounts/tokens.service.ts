import type { AppDeps } from '../../app-deps.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { hashToken, randomToken } from '../../lib/secrets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AccessToken } from './accounts.table.ts';
import { insertAccessToken, listAccessTokens, revokeAccessToken } from './tokens.repository.ts';

/** Every personal access token starts with this, so leaked ones are easy to recognise. */
export const TOKEN_PREFIX = 'kpr_';

function present(t: AccessToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.created_at.toISOString(),
    lastUsedAt: t.last_used_at?.toISOString() ?? null,
    expiresAt: t.expires_at?.toISOString() ?? null,
  };
}

function accountOf(ctx: RequestContext) {
  if (ctx.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.actor;
}

/**
 * Creates a personal access token; the token itself is returned this once and only its hash kept.
 * @throws AppError VALIDATION_FAILED for an expiry in the past
 */
export async function createAccessToken(
  deps: AppDeps,
  ctx: RequestContext,
  input: { name: string; expiresAt?: Date | undefined },
) {
  const actor = accountOf(ctx);
  if (actor.via === 'token') throw new AppError('FORBIDDEN', 'Access tokens cannot create access tokens.');
  if (input.expiresAt && input.expiresAt <= new Date()) {
    throw new AppError('VALIDATION_FAILED', 'The expiry must be in the future.', {
      errors: [{ path: 'body.expiresAt', message: 'must be in the future' }],
    });
  }
  const token = randomToken(TOKEN_PREFIX);
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertAccessToken(trx, {
      accountId: actor.accountId,
      name: input.name.trim(),
      hash: hashToken(deps.config.sessionSecret, token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: input.expiresAt ?? null,
    });
    const item = present(row);
    await recordAudit(trx, ctx, {
      action: 'token.created',
      entityType: 'access_token',
      entityId: row.id,
      after: item,
    });
    return { token, item };
  });
}

/** The signed-in account's live tokens (never the secrets). */
export async function browseAccessTokens(deps: AppDeps, ctx: RequestContext) {
  const items = (await listAccessTokens(deps.db, accountOf(ctx).accountId)).map(present);
  return { items, total: items.length };
}

/**
 * Revokes one of the signed-in account's tokens.
 * @throws AppError NOT_FOUND when it is not theirs or already revoked
 */
export async function revokeToken(deps: AppDeps, ctx: RequestContext, id: string): Promise<void> {
  const actor = accountOf(ctx);
  await deps.db.transaction().execute(async (trx) => {
    const before = await revokeAccessToken(trx, actor.accountId, id, new Date());
    if (!before) throw notFound('The token');
    await recordAudit(trx, ctx, {
      action: 'token.revoked',
      entityType: 'access_token',
      entityId: id,
      before: present(before),
    });
  });
}

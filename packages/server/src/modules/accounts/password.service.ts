import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { hashToken, randomToken } from '../../lib/secrets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { formatMailDate, toLocale } from '../mail/mail.templates.ts';
import { findAccountByEmail, findAccountById, updateAccount } from './accounts.repository.ts';
import { presentAccount } from './accounts.presenter.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import {
  consumePasswordReset,
  countRecentResets,
  insertPasswordReset,
  lockAccountForResets,
} from './password.repository.ts';
import { deleteSessionsOfAccount } from './sessions.repository.ts';

export const RESET_TTL_MS = 60 * 60_000;
const RESETS_PER_HOUR = 3;

function signedIn(ctx: RequestContext) {
  if (ctx.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.actor;
}

/**
 * Changes the signed-in account's password and ends its other sessions.
 * @throws AppError INVALID_CREDENTIALS (status 400) when the current password is wrong
 */
export async function changePassword(
  deps: AppDeps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = signedIn(ctx);
  const account = await findAccountById(deps.db, actor.accountId);
  if (!(await verifyPassword(account?.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'The current password is not correct.', {
      errors: [{ path: 'body.currentPassword', message: 'is not correct' }],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await updateAccount(trx, actor.accountId, { password_hash: hash });
    await deleteSessionsOfAccount(trx, actor.accountId, actor.sessionId);
    await recordAudit(trx, ctx, {
      action: 'account.password_changed',
      entityType: 'account',
      entityId: actor.accountId,
    });
  });
}

/** Updates the signed-in account's display name and language. */
export async function updateProfile(
  deps: AppDeps,
  ctx: RequestContext,
  patch: { displayName?: string | undefined; locale?: string | undefined },
) {
  const actor = signedIn(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const before = await findAccountById(trx, actor.accountId);
    if (!before) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    const after = await updateAccount(trx, actor.accountId, {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'account.updated',
      entityType: 'account',
      entityId: actor.accountId,
      before: presentAccount(before),
      after: presentAccount(after),
    });
    return after;
  });
}

/**
 * Mails a single-use reset link if the email has an active account. Says nothing either way, so
 * the answer does not reveal which emails have accounts.
 */
export async function requestPasswordReset(deps: AppDeps, ctx: RequestContext, email: string): Promise<void> {
  const account = await findAccountByEmail(deps.db, email.trim());
  if (account?.status !== 'active') return;
  const now = new Date();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS);
  const locale = toLocale(account.locale);
  const link = new URL(`/reset-password?token=${encodeURIComponent(token)}`, deps.config.publicUrl).href;
  await deps.db.transaction().execute(async (trx) => {
    // Counted under the account's lock: a burst of parallel requests must not pass the limit together.
    await lockAccountForResets(trx, account.id);
    if ((await countRecentResets(trx, account.id, new Date(now.getTime() - 3600_000))) >= RESETS_PER_HOUR)
      return;
    await insertPasswordReset(trx, {
      hash: hashToken(deps.config.sessionSecret, token),
      accountId: account.id,
      expiresAt,
    });
    await enqueueMail(trx, {
      to: account.email,
      template: 'passwordReset',
      locale,
      vars: { link, expires: formatMailDate(expiresAt, locale) },
    });
    await recordAudit(trx, ctx, {
      action: 'account.password_reset_requested',
      entityType: 'account',
      entityId: account.id,
      actorLabel: account.email,
    });
  });
}

/**
 * Sets a new password with a reset token; the token works once, and every session ends.
 * @throws AppError TOKEN_INVALID
 */
export async function confirmPasswordReset(
  deps: AppDeps,
  ctx: RequestContext,
  input: { token: string; password: string },
): Promise<void> {
  const hash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    const accountId = await consumePasswordReset(
      trx,
      hashToken(deps.config.sessionSecret, input.token),
      new Date(),
    );
    if (!accountId)
      throw new AppError('TOKEN_INVALID', 'This reset link is not valid any more. Ask for a new one.');
    await updateAccount(trx, accountId, { password_hash: hash });
    await deleteSessionsOfAccount(trx, accountId);
    await recordAudit(trx, ctx, {
      action: 'account.password_reset',
      entityType: 'account',
      entityId: accountId,
      actorLabel: 'password reset link',
    });
  });
}

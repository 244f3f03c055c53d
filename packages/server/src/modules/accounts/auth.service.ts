import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { hashToken, randomToken } from '../../lib/secrets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAccountByEmail, findAccountById, listGrants, updateAccount } from './accounts.repository.ts';
import type { Account } from './accounts.table.ts';
import { type Me, presentMe } from './accounts.presenter.ts';
import { type Actor, ANONYMOUS, accountActor } from './actor.ts';
import { verifyPassword } from './passwords.ts';
import { deleteSession, findLiveSession, insertSession, touchSession } from './sessions.repository.ts';
import { markAttemptSucceeded, reserveLoginAttempt } from './throttle.ts';
import { findUsableToken, markTokenUsed } from './tokens.repository.ts';

/** Sessions live 30 days from the last use; the last-seen time is written at most every 5 minutes. */
export const SESSION_TTL_MS = 30 * 24 * 3600_000;
const TOUCH_EVERY_MS = 5 * 60_000;

/** The credential a request carries: a session cookie or a bearer token. */
export type Credential =
  | { kind: 'session'; token: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'none' };

async function actorFor(
  deps: AppDeps,
  accountId: string,
  via: 'session' | 'token',
  sessionId?: string,
): Promise<Actor> {
  const account = await findAccountById(deps.db, accountId);
  if (account?.status !== 'active') return ANONYMOUS;
  return accountActor(account, await listGrants(deps.db, account.id), via, sessionId);
}

/**
 * Finds who a credential belongs to. An unknown or expired session means anonymous (the cookie
 * is simply stale); an unusable bearer token is refused outright.
 * @throws AppError UNAUTHENTICATED for a bad bearer token
 */
export async function resolveActor(deps: AppDeps, credential: Credential, now = new Date()): Promise<Actor> {
  if (credential.kind === 'none') return ANONYMOUS;
  const hash = hashToken(deps.config.sessionSecret, credential.token);
  if (credential.kind === 'bearer') {
    const token = await findUsableToken(deps.db, hash, now);
    if (!token) throw new AppError('UNAUTHENTICATED', 'The access token is not valid, expired or revoked.');
    if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await markTokenUsed(deps.db, token.id, now);
    }
    return actorFor(deps, token.account_id, 'token');
  }
  const session = await findLiveSession(deps.db, hash, now);
  if (!session) return ANONYMOUS;
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await touchSession(deps.db, hash, now, new Date(now.getTime() + SESSION_TTL_MS));
  }
  return actorFor(deps, session.account_id, 'session', hash);
}

/** Starts a new session for the account; returns the cookie value (the id stored is its hash). */
export async function startSession(
  deps: AppDeps,
  account: Account,
  meta: { ip: string | null; userAgent: string | null; previous?: Actor },
): Promise<string> {
  // A fresh id at every sign-in: a session id planted before sign-in is never promoted.
  if (meta.previous?.kind === 'account' && meta.previous.sessionId) {
    await deleteSession(deps.db, meta.previous.sessionId);
  }
  const token = randomToken();
  await insertSession(deps.db, {
    id: hashToken(deps.config.sessionSecret, token),
    accountId: account.id,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return token;
}

/**
 * Checks the email and password, with throttling per account and per IP.
 * @throws AppError THROTTLED (with retryAfter) or INVALID_CREDENTIALS
 */
export async function authenticate(
  deps: AppDeps,
  ctx: RequestContext,
  input: { email: string; password: string },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const ip = ctx.ip ?? 'unknown';
  const reservation = await reserveLoginAttempt(deps.db, { email, ip }, new Date());
  if ('wait' in reservation) {
    const { wait } = reservation;
    await recordAudit(deps.db, ctx, {
      action: 'auth.login_throttled',
      entityType: 'account',
      entityId: null,
      actorLabel: email,
    });
    throw new AppError(
      'THROTTLED',
      `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      {
        extra: { retryAfter: wait },
        headers: { 'retry-after': String(wait) },
      },
    );
  }
  const account = await findAccountByEmail(deps.db, email);
  const ok = (await verifyPassword(account?.password_hash, input.password)) && account?.status === 'active';
  if (!ok || !account) {
    // The attempt is already recorded as a failure; the audit entry commits before the refusal.
    await deps.db.transaction().execute(async (trx) => {
      await recordAudit(trx, ctx, {
        action: 'auth.login_failed',
        entityType: 'account',
        entityId: account?.id ?? null,
        actorLabel: email,
      });
    });
    throw new AppError('INVALID_CREDENTIALS', 'The email or password is not correct.');
  }
  return deps.db.transaction().execute(async (trx) => {
    await markAttemptSucceeded(trx, reservation.attemptId);
    const updated = await updateAccount(trx, account.id, { last_sign_in_at: new Date() });
    const signedIn = accountActor(account, []);
    await recordAudit(
      trx,
      { ...ctx, actor: signedIn },
      { action: 'auth.login', entityType: 'account', entityId: account.id },
    );
    return updated;
  });
}

/** Signs the actor out (ends the current session). */
export async function signOut(deps: AppDeps, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'account' || !actor.sessionId) return;
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, actor.sessionId!);
    await recordAudit(trx, ctx, { action: 'auth.logout', entityType: 'account', entityId: actor.accountId });
  });
}

/**
 * The signed-in account with its roles.
 * @throws AppError UNAUTHENTICATED
 */
export async function currentAccount(deps: AppDeps, actor: Actor): Promise<Me> {
  if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return presentMe(deps.db, account, actor.grants);
}

/** `currentAccount` for an account that just signed in (the request's actor is still anonymous). */
export async function accountView(deps: AppDeps, account: Account): Promise<Me> {
  return presentMe(deps.db, account, await listGrants(deps.db, account.id));
}

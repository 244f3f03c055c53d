import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../modules/accounts/accounts.table.ts';
import type { Me } from '../modules/accounts/accounts.presenter.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors/app-error.ts';
import { ANONYMOUS } from '../modules/accounts/actor.ts';
import {
  accountView,
  type Credential,
  resolveActor,
  SESSION_TTL_MS,
  startSession,
} from '../modules/accounts/auth.service.ts';
import { sendProblem } from './errors.ts';

export const SESSION_COOKIE = 'kopru_session';

function credentialOf(request: FastifyRequest): Credential {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^bearer\s+(\S+)$/i.exec(authorization);
    return match ? { kind: 'bearer', token: match[1]! } : { kind: 'bearer', token: '' };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { kind: 'session', token: cookie } : { kind: 'none' };
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the app is served over https. */
export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.publicUrl.protocol === 'https:',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

/**
 * Signs `account` in on this response: a fresh session (replacing any the request carried), its
 * cookie, and the account view the API answers with.
 */
export async function openSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  account: Account,
): Promise<Me> {
  const token = await startSession(deps, account, {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    previous: request.actor,
  });
  setSessionCookie(reply, deps, token);
  return accountView(deps, account);
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.publicUrl.protocol === 'https:',
  });
}

/** Works out who each API request comes from (session cookie or bearer token) before anything else. */
export function installAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    if (!request.url.startsWith('/api/')) return;
    try {
      request.actor = await resolveActor(deps, credentialOf(request));
    } catch (error) {
      if (error instanceof AppError) return sendProblem(reply, request, error);
      throw error;
    }
  });
}

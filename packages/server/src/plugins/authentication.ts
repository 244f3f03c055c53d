import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors/app-error.ts';
import { ANONYMOUS } from '../modules/accounts/actor.ts';
import { type Credential, resolveActor, SESSION_TTL_MS } from '../modules/accounts/auth.service.ts';
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

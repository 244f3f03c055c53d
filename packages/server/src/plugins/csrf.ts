import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { sendProblem } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins a browser request may come from: the public URL's, plus loopback twins of localhost. */
export function allowedOrigins(publicUrl: URL): Set<string> {
  const origins = new Set([publicUrl.origin]);
  if (publicUrl.hostname === 'localhost') {
    for (const host of ['127.0.0.1', '[::1]']) {
      origins.add(`${publicUrl.protocol}//${host}${publicUrl.port ? `:${publicUrl.port}` : ''}`);
    }
  }
  return origins;
}

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * Refuses unsafe requests that are not bearer-authenticated unless their Origin (or, failing
 * that, Referer) is the app's own. Bearer requests carry no ambient credential, so they are exempt.
 */
export function installCsrfProtection(app: FastifyInstance, publicUrl: URL): void {
  const allowed = allowedOrigins(publicUrl);
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method)) return;
    if (/^bearer\s/i.test(request.headers.authorization ?? '')) return;
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (origin && allowed.has(origin)) return;
    return sendProblem(
      reply,
      request,
      new AppError('CSRF_REJECTED', 'This request did not come from the Köprü web app and was refused.'),
    );
  });
}

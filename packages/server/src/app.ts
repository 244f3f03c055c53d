import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { AppError } from './errors/app-error.ts';
import { accountAdminRoutes } from './modules/accounts/accounts.admin.routes.ts';
import { authRoutes } from './modules/accounts/auth.routes.ts';
import { invitationRoutes } from './modules/accounts/invitations.routes.ts';
import { tokenRoutes } from './modules/accounts/tokens.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { fileRoutes } from './modules/files/files.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { duplicateRoutes } from './modules/imports/duplicates.routes.ts';
import { exportRoutes } from './modules/imports/exports.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { mailRoutes } from './modules/mail/mail.routes.ts';
import { meetingsRoutes } from './modules/meetings/meetings.routes.ts';
import { minutesRoutes } from './modules/minutes/minutes.routes.ts';
import { periodsRoutes } from './modules/periods/periods.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import { programmesRoutes } from './modules/programmes/programmes.routes.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { installAuthentication } from './plugins/authentication.ts';
import { installAuthorization } from './plugins/authorization.ts';
import { installCsrfProtection } from './plugins/csrf.ts';
import { installErrorHandling, sendProblem } from './plugins/errors.ts';
import { installSecurityHeaders } from './plugins/security-headers.ts';

/** Every module's routes, in one list: adding a module means adding a line here. */
const MODULES = [
  healthRoutes,
  authRoutes,
  accountAdminRoutes,
  invitationRoutes,
  tokenRoutes,
  mailRoutes,
  auditRoutes,
  registryRoutes,
  searchRoutes,
  importRoutes,
  exportRoutes,
  duplicateRoutes,
  meetingsRoutes,
  minutesRoutes,
  fileRoutes,
  calendarRoutes,
  periodsRoutes,
  plansRoutes,
  reportsRoutes,
  programmesRoutes,
];

export interface BuildOptions {
  /** Pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
}

/** Pino settings: secrets never reach the log. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * Builds the Köprü app on an open, migrated database. Never listens: `server.ts` does, and tests
 * call `inject`.
 */
export async function buildApp(
  config: Config,
  database: DatabaseHandle,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const deps: AppDeps = { db: database.db, config, dbKind: database.kind };
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  installErrorHandling(app);
  installSecurityHeaders(app, { https: config.publicUrl.protocol === 'https:' });
  installCsrfProtection(app, config.publicUrl);
  await app.register(fastifyCookie);
  installAuthentication(app, deps);
  installAuthorization(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Köprü API',
        version: '0.1.0',
        description: 'The API of the Turkic-speaking diaspora network.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kopru_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (kpr_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // The UI's own CSP, made as strict as the app's: no framing, no upgrade of a plain-http localhost.
    transformStaticCSP: (header) =>
      header
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(' validator.swagger.io', '')
        .replace('upgrade-insecure-requests;', ''),
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const module of MODULES) await module(app, deps);

  const webDist = config.webDist;
  if (webDist) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  // Unknown API routes get a problem document; any other GET is a route of the single-page app.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (webDist && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, request, new AppError('NOT_FOUND', `No route ${request.method} ${path}.`));
  });
  return app;
}

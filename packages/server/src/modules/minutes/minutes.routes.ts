import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import { acceptAmendment, addComment, proposeAmendment, rejectAmendment } from './amendments.service.ts';
import { exportRoutes } from './export.routes.ts';

import {
  AmendmentCreateSchema,
  AmendmentParamsSchema,
  AmendmentSchema,
  CommentCreateSchema,
  CommentSchema,
  DecisionSchema,
  DiffQuerySchema,
  DiffSchema,
  EventParamsSchema,
  MinutesCreateSchema,
  MinutesEditSchema,
  MinutesSchema,
  ReopenSchema,
  TransitionSchema,
  VersionParamsSchema,
  VersionSchema,
  VersionSummarySchema,
} from './minutes.schema.ts';
import { createMinutes, editMinutes, showMinutes } from './minutes.service.ts';
import { adoptMinutes, circulateMinutes, lockMinutes, reopenMinutes } from './minutes.workflow.ts';
import { browseVersions, diffVersions, showVersion } from './versions.service.ts';

const tags = ['minutes'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const DecidedSchema = z.object({ amendment: AmendmentSchema, minutes: MinutesSchema });

/**
 * The minutes of meetings (docs/api/minutes.md). Route rules are the coarse gate; who may do what
 * to which minutes is decided in minutes.policy.ts.
 */
export async function minutesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/events/:id/minutes',
    {
      config: { access: 'public' },
      schema: { tags, params: EventParamsSchema, response: { 200: MinutesSchema } },
    },
    async (request) => showMinutes(deps, contextOf(request), request.params.id),
  );

  api.post(
    '/api/events/:id/minutes',
    {
      config: { access: editors },
      schema: {
        tags,
        params: EventParamsSchema,
        body: MinutesCreateSchema,
        response: { 201: MinutesSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMinutes(deps, contextOf(request), request.params.id, request.body)),
  );

  api.put(
    '/api/minutes/:id',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: MinutesEditSchema, response: { 200: MinutesSchema } },
    },
    async (request) => editMinutes(deps, contextOf(request), request.params.id, request.body),
  );

  const steps = [
    ['circulate', circulateMinutes, TransitionSchema],
    ['adopt', adoptMinutes, TransitionSchema],
    ['lock', lockMinutes, TransitionSchema],
    ['reopen', reopenMinutes, ReopenSchema],
  ] as const;
  for (const [name, step, body] of steps) {
    api.post(
      `/api/minutes/:id/${name}`,
      {
        config: { access: editors },
        schema: { tags, params: IdParamsSchema, body, response: { 200: MinutesSchema } },
      },
      // Each step's body schema matches its own input; the union keeps one loop for four routes.
      async (request) => step(deps, contextOf(request), request.params.id, request.body as never),
    );
  }

  api.post(
    '/api/minutes/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, body: CommentCreateSchema, response: { 201: CommentSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await addComment(deps, contextOf(request), request.params.id, request.body)),
  );

  api.post(
    '/api/minutes/:id/amendments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: AmendmentCreateSchema,
        response: { 201: AmendmentSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeAmendment(deps, contextOf(request), request.params.id, request.body)),
  );

  for (const [name, decide] of [
    ['accept', acceptAmendment],
    ['reject', rejectAmendment],
  ] as const) {
    api.post(
      `/api/minutes/:id/amendments/:amendmentId/${name}`,
      {
        config: { access: editors },
        schema: {
          tags,
          params: AmendmentParamsSchema,
          body: DecisionSchema,
          response: { 200: DecidedSchema },
        },
      },
      async (request) =>
        decide(deps, contextOf(request), request.params.id, request.params.amendmentId, request.body),
    );
  }

  api.get(
    '/api/minutes/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, response: { 200: listOf(VersionSummarySchema) } },
    },
    async (request) => browseVersions(deps, contextOf(request), request.params.id),
  );

  api.get(
    '/api/minutes/:id/versions/:number',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: VersionParamsSchema, response: { 200: VersionSchema } },
    },
    async (request) => showVersion(deps, contextOf(request), request.params.id, request.params.number),
  );

  api.get(
    '/api/minutes/:id/diff',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, querystring: DiffQuerySchema, response: { 200: DiffSchema } },
    },
    async (request) =>
      diffVersions(deps, contextOf(request), request.params.id, request.query.from, request.query.to),
  );

  await exportRoutes(app, deps);
}

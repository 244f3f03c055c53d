import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { HistoryEntrySchema } from '../registry/registry.schema.ts';
import { browseEvents, createEvent, eventHistory, showEvent, updateEvent } from './events.service.ts';
import {
  EventCreateSchema,
  EventDetailSchema,
  EventItemSchema,
  EventQuerySchema,
  EventUpdateSchema,
  ParticipationSchema,
  SeriesCreateSchema,
  SeriesDetailSchema,
  SeriesItemSchema,
  SeriesUpdateSchema,
  TzQuerySchema,
} from './meetings.schema.ts';
import { personParticipation } from './participation.service.ts';
import { browseSeries, createSeries, showSeries, updateSeries } from './series.service.ts';

const tags = ['meetings'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** Series, events, their history, and a person's participation. */
export async function eventRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/series',
    {
      config: { access: 'public' },
      schema: { tags, querystring: PageQuerySchema, response: { 200: listOf(SeriesItemSchema) } },
    },
    async (request) => browseSeries(deps, request.actor, request.query),
  );

  api.get(
    '/api/series/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: TzQuerySchema,
        response: { 200: SeriesDetailSchema },
      },
    },
    async (request) => showSeries(deps, request.actor, request.params.id, request.query.tz),
  );

  api.post(
    '/api/series',
    {
      config: { access: editors },
      schema: { tags, body: SeriesCreateSchema, response: { 201: SeriesDetailSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await createSeries(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/series/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: SeriesUpdateSchema,
        response: { 200: SeriesDetailSchema },
      },
    },
    async (request) => updateSeries(deps, contextOf(request), request.params.id, request.body),
  );

  api.get(
    '/api/events',
    {
      config: { access: 'public' },
      schema: { tags, querystring: EventQuerySchema, response: { 200: listOf(EventItemSchema) } },
    },
    async (request) => {
      const { limit, offset, tz, ...filter } = request.query;
      return browseEvents(deps, request.actor, filter, { limit, offset }, tz);
    },
  );

  api.get(
    '/api/events/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: TzQuerySchema,
        response: { 200: EventDetailSchema },
      },
    },
    async (request) => showEvent(deps, request.actor, request.params.id, request.query.tz),
  );

  api.post(
    '/api/events',
    {
      config: { access: editors },
      schema: {
        tags,
        querystring: TzQuerySchema,
        body: EventCreateSchema,
        response: { 201: EventDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEvent(deps, contextOf(request), request.body, request.query.tz)),
  );

  api.patch(
    '/api/events/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: TzQuerySchema,
        body: EventUpdateSchema,
        response: { 200: EventDetailSchema },
      },
    },
    async (request) =>
      updateEvent(deps, contextOf(request), request.params.id, request.body, request.query.tz),
  );

  api.get(
    '/api/events/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(HistoryEntrySchema) },
      },
    },
    async (request) => eventHistory(deps, request.actor, request.params.id, request.query),
  );

  // Part of a person's page, so listed with the registry's routes.
  api.get(
    '/api/people/:id/participation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['registry'],
        params: IdParamsSchema,
        querystring: TzQuerySchema,
        response: { 200: ParticipationSchema },
      },
    },
    async (request) => personParticipation(deps, request.actor, request.params.id, request.query.tz),
  );
}

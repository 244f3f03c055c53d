import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import {
  CountriesQuerySchema,
  CountrySchema,
  PlaceCreateSchema,
  PlaceDetailSchema,
  PlaceItemSchema,
  PlaceQuerySchema,
  PlaceUpdateSchema,
} from './places.schema.ts';
import { browseCountries, browsePlaces, changePlace, createPlace, showPlace } from './places.service.ts';

const tags = ['registry'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** The gazetteer: countries and places (public reads; editors write). */
export async function placeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/countries',
    {
      config: { access: 'public' },
      schema: { tags, querystring: CountriesQuerySchema, response: { 200: listOf(CountrySchema) } },
    },
    async (request) => browseCountries(deps, request.query.lang),
  );

  api.get(
    '/api/places',
    {
      config: { access: 'public' },
      schema: { tags, querystring: PlaceQuerySchema, response: { 200: listOf(PlaceItemSchema) } },
    },
    async (request) => {
      const { limit, offset, lang, ...filter } = request.query;
      return browsePlaces(deps, filter, lang, { limit, offset });
    },
  );

  api.get(
    '/api/places/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: PlaceDetailSchema } },
    },
    async (request) => showPlace(deps, request.params.id),
  );

  api.post(
    '/api/places',
    {
      config: { access: editors },
      schema: { tags, body: PlaceCreateSchema, response: { 201: PlaceDetailSchema } },
    },
    async (request, reply) => reply.code(201).send(await createPlace(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/places/:id',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: PlaceUpdateSchema, response: { 200: PlaceDetailSchema } },
    },
    async (request) => changePlace(deps, contextOf(request), request.params.id, request.body),
  );
}

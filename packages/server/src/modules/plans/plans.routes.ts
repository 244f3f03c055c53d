import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { HistoryEntrySchema } from '../registry/registry.schema.ts';
import { itemRoutes } from './items.routes.ts';
import { planMatrix } from './plans.matrix.ts';
import {
  MatrixSchema,
  PlanCreateSchema,
  PlanDetailSchema,
  PlanQuerySchema,
  PlanSummarySchema,
  PlanUpdateSchema,
} from './plans.schema.ts';
import { addPlan, browsePlans, changePlan, planHistory, showPlan } from './plans.service.ts';
import { planTransferRoutes } from './plans.transfer.routes.ts';

const tags = ['plans'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** The action plan API: plans, their items and progress updates (docs/api/plans.md). */
export async function plansRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/plans',
    {
      config: { access: 'public' },
      schema: { tags, querystring: PlanQuerySchema, response: { 200: listOf(PlanSummarySchema) } },
    },
    async (request) => {
      const { year, ...page } = request.query;
      return browsePlans(deps, request.actor, year, page);
    },
  );

  api.get(
    '/api/plans/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: PlanDetailSchema } },
    },
    async (request) => showPlan(deps, request.actor, request.params.id),
  );

  api.post(
    '/api/plans',
    {
      config: { access: { roles: ['secretariat'] } },
      schema: { tags, body: PlanCreateSchema, response: { 201: PlanDetailSchema } },
    },
    async (request, reply) => reply.code(201).send(await addPlan(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/plans/:id',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: PlanUpdateSchema, response: { 200: PlanDetailSchema } },
    },
    async (request) => changePlan(deps, contextOf(request), request.params.id, request.body),
  );

  api.get(
    '/api/plans/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(HistoryEntrySchema) },
      },
    },
    async (request) => planHistory(deps, request.actor, request.params.id, request.query),
  );

  api.get(
    '/api/plans/:id/matrix',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: MatrixSchema } },
    },
    async (request) => planMatrix(deps, request.actor, request.params.id),
  );

  await itemRoutes(app, deps);
  await planTransferRoutes(app, deps);
}

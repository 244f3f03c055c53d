import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  CandidatesQuerySchema,
  CandidatesSchema,
  CriteriaInputSchema,
  CriteriaSchema,
  ReviewInputSchema,
  ReviewersInputSchema,
  ReviewersSchema,
  ReviewsSchema,
  StartReviewSchema,
} from './reviews.schema.ts';
import { putCriteria, putReviewers, startReview, writeReview } from './reviews.service.ts';
import { applicationReviews, showCriteria, showReviewerCandidates, showReviewers } from './reviews.views.ts';

const tags = ['programmes'];
// Reviewers are accounts of state bodies' admins and editors; the record-level rules do the rest.
const agencies = { config: { access: { roles: ['secretariat', 'agency_admin', 'agency_editor'] } } } as const;

/** Reviewers, criteria and reviews (docs/api/programmes.md, section Reviews). */
export async function reviewRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const programme = '/api/programmes/:id';

  api.get(
    `${programme}/reviewers`,
    { ...agencies, schema: { tags, params: IdParamsSchema, response: { 200: ReviewersSchema } } },
    async (request) => showReviewers(deps, request.actor, request.params.id),
  );
  api.get(
    `${programme}/reviewer-candidates`,
    {
      ...agencies,
      schema: {
        tags,
        description:
          "Admins and editors of state bodies whom the programme's editors may appoint as reviewers.",
        params: IdParamsSchema,
        querystring: CandidatesQuerySchema,
        response: { 200: CandidatesSchema },
      },
    },
    async (request) => showReviewerCandidates(deps, request.actor, request.params.id, request.query),
  );
  api.put(
    `${programme}/reviewers`,
    {
      ...agencies,
      schema: {
        tags,
        params: IdParamsSchema,
        body: ReviewersInputSchema,
        response: { 200: ReviewersSchema },
      },
    },
    async (request) => putReviewers(deps, contextOf(request), request.params.id, request.body.accountIds),
  );
  api.get(
    `${programme}/criteria`,
    { ...agencies, schema: { tags, params: IdParamsSchema, response: { 200: CriteriaSchema } } },
    async (request) => showCriteria(deps, request.actor, request.params.id),
  );
  api.put(
    `${programme}/criteria`,
    {
      ...agencies,
      schema: { tags, params: IdParamsSchema, body: CriteriaInputSchema, response: { 200: CriteriaSchema } },
    },
    async (request) => putCriteria(deps, contextOf(request), request.params.id, request.body.criteria),
  );
  api.post(
    `${programme}/start-review`,
    { ...agencies, schema: { tags, params: IdParamsSchema, response: { 200: StartReviewSchema } } },
    async (request) => startReview(deps, contextOf(request), request.params.id),
  );
  api.put(
    '/api/applications/:id/review',
    {
      ...agencies,
      schema: { tags, params: IdParamsSchema, body: ReviewInputSchema, response: { 200: ReviewsSchema } },
    },
    async (request) => writeReview(deps, contextOf(request), request.params.id, request.body),
  );
  api.get(
    '/api/applications/:id/reviews',
    { ...agencies, schema: { tags, params: IdParamsSchema, response: { 200: ReviewsSchema } } },
    async (request) => applicationReviews(deps, request.actor, request.params.id),
  );
}

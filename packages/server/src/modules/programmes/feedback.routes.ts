import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { DOWNLOAD_CSP } from '../../lib/pdf/pdf.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import { nonRespondents, remindNonRespondents } from './feedback.reminders.ts';
import { exportResults, surveyResults } from './feedback.results.ts';
import {
  NonRespondentsSchema,
  ReminderResultSchema,
  ResultsExportQuerySchema,
  ResultsSchema,
  SurveyAnswerSchema,
  SurveyInputSchema,
  SurveySchema,
} from './feedback.schema.ts';
import { answerSurvey, defineSurvey, openSurvey, showSurvey } from './feedback.service.ts';

const tags = ['programmes'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const params = IdParamsSchema;
const survey = { 200: SurveySchema };

/** The feedback survey after a programme (docs/api/programmes.md, section Feedback). */
export async function feedbackRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/programmes/:id/feedback';

  api.get(
    base,
    { config: { access: 'signed-in' }, schema: { tags, params, response: survey } },
    async (request) => showSurvey(deps, request.actor, request.params.id),
  );

  api.put(
    base,
    { config: { access: editors }, schema: { tags, params, body: SurveyInputSchema, response: survey } },
    async (request) => defineSurvey(deps, contextOf(request), request.params.id, request.body.questions),
  );

  api.post(
    `${base}/open`,
    { config: { access: editors }, schema: { tags, params, response: survey } },
    async (request) => openSurvey(deps, contextOf(request), request.params.id),
  );

  api.post(
    `${base}/responses`,
    {
      config: { access: 'signed-in' },
      schema: { tags, params, body: SurveyAnswerSchema, response: { 201: SurveySchema } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await answerSurvey(deps, contextOf(request), request.params.id, request.body.answers)),
  );

  api.get(
    `${base}/non-respondents`,
    { config: { access: editors }, schema: { tags, params, response: { 200: NonRespondentsSchema } } },
    async (request) => nonRespondents(deps, request.actor, request.params.id),
  );

  api.post(
    `${base}/reminders`,
    { config: { access: editors }, schema: { tags, params, response: { 200: ReminderResultSchema } } },
    async (request) => remindNonRespondents(deps, contextOf(request), request.params.id),
  );

  api.get(
    `${base}/results`,
    { config: { access: editors }, schema: { tags, params, response: { 200: ResultsSchema } } },
    async (request) => surveyResults(deps, request.actor, request.params.id),
  );

  api.get(
    `${base}/results/export`,
    { config: { access: editors }, schema: { tags, params, querystring: ResultsExportQuerySchema } },
    async (request, reply) => {
      const { format, lang } = request.query;
      const file = await exportResults(deps, contextOf(request), request.params.id, format, lang);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('content-security-policy', DOWNLOAD_CSP)
        .send(file.body);
    },
  );
}

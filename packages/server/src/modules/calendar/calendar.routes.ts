import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { ICAL_MEDIA_TYPE } from '../../lib/ical/ical.ts';
import { LOCALES } from '../mail/mail.templates.ts';
import { calendarFeed } from './calendar.service.ts';

const FeedQuerySchema = z.strictObject({
  series: z.uuid().optional(),
  organisation: z.uuid().optional(),
  /** The language of titles and descriptions (calendar clients send no language of their own). */
  lang: z.enum(LOCALES).optional(),
});

/** `GET /api/calendar.ics`: the public iCalendar feed, of a series, of an organisation, or of all. */
export async function calendarRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['meetings'],
        summary: 'iCalendar feed (RFC 5545) of public events',
        description:
          'Every public event, past and planned; `series` or `organisation` (owner, organiser or host) narrows it. A series or organisation that is not public answers 404.',
        querystring: FeedQuerySchema,
      },
    },
    async (request, reply) => {
      const feed = await calendarFeed(deps, request.query);
      return reply
        .type(ICAL_MEDIA_TYPE)
        .header('content-disposition', 'inline; filename="kopru.ics"')
        .send(feed);
    },
  );
}

import { z } from 'zod';
import { PageQuerySchema } from '../../lib/schemas.ts';
import {
  CountryCodeSchema,
  DateSchema,
  LocalizedTextInputSchema,
  LocalizedTextSchema,
  RefSchema,
  VisibilitySchema,
} from '../registry/registry.schema.ts';
import {
  ATTENDANCE_STATES,
  DECISION_STATUSES,
  EVENT_KINDS,
  EVENT_ORGANISATION_ROLES,
  EVENT_STATUSES,
  PARTICIPANT_ROLES,
  PROGRAMME_KINDS,
  RSVP_STATES,
} from './meetings.table.ts';
import { isTimeZone } from './meetings.time.ts';

// Requests and responses of the meetings API (docs/api/meetings.md).

export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
export const TimeZoneSchema = z.string().refine(isTimeZone, 'is not an IANA time zone');
/** A media link: https only, a real host name; stored and shown as a link, never embedded. */
export const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be an https URL',
});
/** Text per language with at least one language (titles, decisions). */
const RequiredTextSchema = LocalizedTextInputSchema.refine((t) => Object.keys(t).length > 0, 'needs a text');
const Code = z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/, 'must be 1–10 upper-case letters or digits');

export const SeriesCreateSchema = z.strictObject({
  code: Code,
  title: RequiredTextSchema,
  description: LocalizedTextInputSchema.nullish(),
  ownerOrgId: z.uuid().nullish(),
  visibility: VisibilitySchema.optional(),
});
export type SeriesCreate = z.infer<typeof SeriesCreateSchema>;
export const SeriesUpdateSchema = SeriesCreateSchema.partial();
export type SeriesUpdate = z.infer<typeof SeriesUpdateSchema>;

const EventFields = {
  kind: z.enum(EVENT_KINDS),
  title: RequiredTextSchema,
  summary: LocalizedTextInputSchema.nullish(),
  seriesId: z.uuid().nullish(),
  number: z.number().int().min(1).max(100_000).nullish(),
  parentId: z.uuid().nullish(),
  startDate: DateSchema,
  startTime: TimeSchema.nullish(),
  endDate: DateSchema,
  endTime: TimeSchema.nullish(),
  timeZone: TimeZoneSchema.optional(),
  countryCode: CountryCodeSchema.nullish(),
  placeId: z.uuid().nullish(),
  venue: z.string().trim().max(500).nullish(),
  status: z.enum(EVENT_STATUSES).optional(),
  organisations: z
    .array(z.strictObject({ organisationId: z.uuid(), role: z.enum(EVENT_ORGANISATION_ROLES) }))
    .max(50)
    .optional(),
  ownerOrgId: z.uuid().nullish(),
  visibility: VisibilitySchema.optional(),
};
export const EventCreateSchema = z.strictObject(EventFields);
export type EventCreate = z.infer<typeof EventCreateSchema>;
export const EventUpdateSchema = z.strictObject(EventFields).partial();
export type EventUpdateInput = z.infer<typeof EventUpdateSchema>;

export const TzQuerySchema = z.strictObject({ tz: TimeZoneSchema.optional() });

export const EventQuerySchema = PageQuerySchema.extend({
  series: z.uuid().optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  country: CountryCodeSchema.optional(),
  organisation: z.uuid().optional(),
  parent: z.uuid().optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  tz: TimeZoneSchema.optional(),
});
export type EventFilter = Omit<z.infer<typeof EventQuerySchema>, 'limit' | 'offset' | 'tz'>;

const SpeakerInputSchema = z.strictObject({
  personId: z.uuid(),
  positionId: z.uuid().nullish(),
  title: LocalizedTextInputSchema.nullish(),
});
const ProgrammeFields = {
  kind: z.enum(PROGRAMME_KINDS),
  title: LocalizedTextInputSchema.nullish(),
  summary: LocalizedTextInputSchema.nullish(),
  startTime: TimeSchema.nullish(),
  position: z.number().int().min(0).max(10_000).optional(),
  visitedPlaceId: z.uuid().nullish(),
  visitedPlaceText: z.string().trim().min(1).max(500).nullish(),
  delegationOrgId: z.uuid().nullish(),
  delegationCountry: CountryCodeSchema.nullish(),
  speakers: z.array(SpeakerInputSchema).max(100).optional(),
  mediaLinks: z
    .array(z.strictObject({ url: HttpsUrlSchema, label: z.string().trim().max(300).nullish() }))
    .max(50)
    .optional(),
  documentIds: z.array(z.uuid()).max(100).optional(),
};
export const ProgrammeItemCreateSchema = z.strictObject(ProgrammeFields);
export type ProgrammeItemCreate = z.infer<typeof ProgrammeItemCreateSchema>;
export const ProgrammeItemUpdateSchema = z.strictObject(ProgrammeFields).partial();
export type ProgrammeItemUpdate = z.infer<typeof ProgrammeItemUpdateSchema>;
export const ProgrammeOrderSchema = z.strictObject({ itemIds: z.array(z.uuid()).min(1).max(1000) });

export const DelegationCreateSchema = z
  .strictObject({
    countryCode: CountryCodeSchema.nullish(),
    organisationId: z.uuid().nullish(),
    headPersonId: z.uuid().nullish(),
  })
  .refine((d) => d.countryCode || d.organisationId, {
    message: 'needs a country or an organisation',
    path: ['countryCode'],
  });
export type DelegationInput = z.infer<typeof DelegationCreateSchema>;
export const DelegationUpdateSchema = z.strictObject({
  countryCode: CountryCodeSchema.nullish(),
  organisationId: z.uuid().nullish(),
  headPersonId: z.uuid().nullish(),
});
export type DelegationUpdate = z.infer<typeof DelegationUpdateSchema>;

export const ParticipantCreateSchema = z.strictObject({
  personId: z.uuid(),
  delegationId: z.uuid().nullish(),
  role: z.enum(PARTICIPANT_ROLES).optional(),
});
export type ParticipantCreate = z.infer<typeof ParticipantCreateSchema>;
export const ParticipantUpdateSchema = z.strictObject({
  delegationId: z.uuid().nullish(),
  role: z.enum(PARTICIPANT_ROLES).optional(),
  attendance: z.enum(ATTENDANCE_STATES).nullish(),
  invitation: z.enum(RSVP_STATES).nullish(),
});
export type ParticipantUpdate = z.infer<typeof ParticipantUpdateSchema>;
export const InvitationSendSchema = z.strictObject({
  email: z.email().optional(),
  locale: z.enum(['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru']).optional(),
});
export const RsvpSchema = z.strictObject({ response: z.enum(['accepted', 'declined', 'tentative']) });

const DecisionFields = {
  text: RequiredTextSchema,
  dueText: LocalizedTextInputSchema.nullish(),
  dueFrom: DateSchema.nullish(),
  dueTo: DateSchema.nullish(),
  status: z.enum(DECISION_STATUSES).optional(),
  responsibleBodyIds: z.array(z.uuid()).max(50).optional(),
};
export const DecisionCreateSchema = z.strictObject(DecisionFields);
export type DecisionCreate = z.infer<typeof DecisionCreateSchema>;
export const DecisionUpdateSchema = z.strictObject(DecisionFields).partial();
export type DecisionUpdate = z.infer<typeof DecisionUpdateSchema>;
export const DecisionQuerySchema = PageQuerySchema.extend({
  series: z.uuid().optional(),
  event: z.uuid().optional(),
  responsible: z.uuid().optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  tz: TimeZoneSchema.optional(),
});
export type DecisionFilter = Omit<z.infer<typeof DecisionQuerySchema>, 'limit' | 'offset' | 'tz'>;

// Responses.

const TimePointSchema = z.object({
  date: z.string(),
  time: z.string().nullable(),
  timeZone: z.string(),
  utc: z.string(),
  inZone: z.object({ date: z.string(), time: z.string(), timeZone: z.string() }).optional(),
});
const SeriesRefSchema = z.object({ id: z.string(), code: z.string(), title: LocalizedTextSchema });

export const EventItemSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: LocalizedTextSchema,
  series: SeriesRefSchema.nullable(),
  number: z.number().nullable(),
  reference: z.string().nullable(),
  parentId: z.string().nullable(),
  start: TimePointSchema,
  end: TimePointSchema,
  allDay: z.boolean(),
  countryCode: z.string().nullable(),
  place: RefSchema.nullable(),
  venue: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  visibility: VisibilitySchema,
});

const SpeakerSchema = z.object({
  personId: z.string(),
  name: z.string(),
  position: z
    .object({
      positionId: z.string().nullable(),
      title: LocalizedTextSchema,
      organisation: RefSchema.nullable(),
    })
    .nullable(),
});
export const ProgrammeItemSchema = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.enum(PROGRAMME_KINDS),
  title: LocalizedTextSchema.nullable(),
  summary: LocalizedTextSchema.nullable(),
  startTime: z.string().nullable(),
  visitedPlace: RefSchema.nullable(),
  visitedPlaceText: z.string().nullable(),
  delegation: z.object({ organisation: RefSchema.nullable(), countryCode: z.string().nullable() }).nullable(),
  speakers: z.array(SpeakerSchema),
  mediaLinks: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
  documents: z.array(z.object({ fileId: z.string() })),
});
export const DelegationSchema = z.object({
  id: z.string(),
  countryCode: z.string().nullable(),
  organisation: RefSchema.nullable(),
  head: RefSchema.nullable(),
});
export const ParticipantSchema = z.object({
  id: z.string(),
  person: RefSchema,
  delegationId: z.string().nullable(),
  role: z.enum(PARTICIPANT_ROLES),
  invitation: z.enum(RSVP_STATES).nullable(),
  invitedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
});
export const DecisionSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  number: z.number(),
  reference: z.string(),
  text: LocalizedTextSchema,
  dueText: LocalizedTextSchema.nullable(),
  dueFrom: z.string().nullable(),
  dueTo: z.string().nullable(),
  status: z.enum(DECISION_STATUSES),
  responsibleBodies: z.array(RefSchema),
  followUps: z.array(z.object({ targetType: z.string(), targetId: z.string() })),
});
export const CompiledDecisionSchema = DecisionSchema.extend({ event: EventItemSchema });

/** The signed-in account's own invitation to an event (its person's participant row). */
export const MyInvitationSchema = z.object({
  participantId: z.string(),
  invitation: z.enum(RSVP_STATES),
  respondedAt: z.string().nullable(),
});

export const EventDetailSchema = EventItemSchema.extend({
  summary: LocalizedTextSchema.nullable(),
  parent: z.object({ id: z.string(), title: LocalizedTextSchema }).nullable(),
  owner: RefSchema.nullable(),
  organisations: z.array(z.object({ organisation: RefSchema, role: z.enum(EVENT_ORGANISATION_ROLES) })),
  subEvents: z.array(EventItemSchema),
  programme: z.array(ProgrammeItemSchema),
  delegations: z.array(DelegationSchema),
  participants: z.array(ParticipantSchema),
  decisions: z.array(DecisionSchema),
  canEdit: z.boolean(),
  myInvitation: MyInvitationSchema.nullable(),
});

export const SeriesItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: LocalizedTextSchema,
  visibility: VisibilitySchema,
  owner: RefSchema.nullable(),
  meetings: z.number(),
});
export const SeriesDetailSchema = SeriesItemSchema.omit({ meetings: true }).extend({
  description: LocalizedTextSchema.nullable(),
  canEdit: z.boolean(),
  meetings: z.array(EventItemSchema.extend({ decisions: z.array(DecisionSchema) })),
});

export const ParticipationSchema = z.object({
  events: z.number(),
  spoke: z.number(),
  items: z.array(
    z.object({
      event: EventItemSchema,
      role: z.enum(PARTICIPANT_ROLES).nullable(),
      attendance: z.enum(ATTENDANCE_STATES).nullable(),
      speeches: z.number(),
    }),
  ),
});

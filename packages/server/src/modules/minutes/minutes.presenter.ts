import { flattenText } from '../registry/registry.presenter.ts';
import type { Meeting, MeetingDelegation } from './meeting.repository.ts';
import { allowedActions, canSeeWorkings, type MeetingPart } from './minutes.policy.ts';
import type {
  Minutes,
  MinutesAmendment,
  MinutesComment,
  MinutesVersion,
  Paragraph,
} from './minutes.table.ts';

// One presenter per entity: rows of the minutes' tables as the API shows them.

const iso = (d: Date | null) => d?.toISOString() ?? null;

function delegationRef(delegations: readonly MeetingDelegation[], id: string | null) {
  const d = id ? delegations.find((x) => x.id === id) : undefined;
  return d ? { id: d.id, name: d.name ?? d.country_code ?? '' } : null;
}

/** A comment on a paragraph. */
export function presentComment(c: MinutesComment, delegations: readonly MeetingDelegation[]) {
  return {
    id: c.id,
    paragraphId: c.paragraph_id,
    version: c.version,
    body: c.body,
    delegation: delegationRef(delegations, c.delegation_id),
    author: { id: c.author_account_id, label: c.author_label },
    createdAt: c.created_at.toISOString(),
  };
}

/** An amendment with its decision, if taken. */
export function presentAmendment(a: MinutesAmendment, delegations: readonly MeetingDelegation[]) {
  return {
    id: a.id,
    paragraphId: a.paragraph_id,
    lang: a.lang,
    baseVersion: a.base_version,
    text: a.text,
    motivation: a.motivation,
    status: a.status,
    delegation: delegationRef(delegations, a.delegation_id),
    author: { id: a.author_account_id, label: a.author_label },
    createdAt: a.created_at.toISOString(),
    decision:
      a.decided_at && a.decision_reason !== null
        ? {
            reason: a.decision_reason,
            by: { id: a.decided_by_account_id, label: a.decided_by_label ?? '' },
            at: a.decided_at.toISOString(),
            resultVersion: a.result_version,
          }
        : null,
  };
}

/** The minutes with their current text, what the caller may do, and — for participants — the workings. */
export function presentMinutes(
  m: Minutes,
  paragraphs: Paragraph[],
  context: {
    meeting: Meeting;
    part: MeetingPart;
    delegations: readonly MeetingDelegation[];
    comments: MinutesComment[];
    amendments: MinutesAmendment[];
  },
) {
  const { part, delegations } = context;
  const workings = canSeeWorkings(part, m.status);
  return {
    id: m.id,
    eventId: m.event_id,
    event: {
      title: flattenText(context.meeting.title) ?? {},
      startDate: context.meeting.start_date,
      endDate: context.meeting.end_date,
      venue: context.meeting.venue,
    },
    status: m.status,
    version: m.version,
    languages: m.languages,
    paragraphs,
    circulatedAt: iso(m.circulated_at),
    adoptedAt: iso(m.adopted_at),
    lockedAt: iso(m.locked_at),
    updatedAt: m.updated_at.toISOString(),
    delegations: delegations.map((d) => ({
      id: d.id,
      name: d.name ?? d.country_code ?? '',
      countryCode: d.country_code,
    })),
    myDelegationIds: part.delegationIds,
    can: allowedActions(part, m.status),
    comments: workings ? context.comments.map((c) => presentComment(c, delegations)) : [],
    amendments: workings ? context.amendments.map((a) => presentAmendment(a, delegations)) : [],
  };
}

/** A version without its text. */
export function presentVersionSummary(
  v: Pick<
    MinutesVersion,
    'number' | 'reason' | 'note' | 'amendment_id' | 'author_account_id' | 'author_label' | 'created_at'
  >,
) {
  return {
    number: v.number,
    reason: v.reason,
    note: v.note,
    amendmentId: v.amendment_id,
    author: { id: v.author_account_id, label: v.author_label },
    createdAt: v.created_at.toISOString(),
  };
}

/** A version with its text. */
export function presentVersion(v: MinutesVersion) {
  return { ...presentVersionSummary(v), languages: v.languages, paragraphs: v.paragraphs };
}

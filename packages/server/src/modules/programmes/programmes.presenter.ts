import { flattenText } from '../registry/registry.presenter.ts';
import type { Call, CallQuestion, Programme } from './programmes.table.ts';

// Programmes, calls and questions as the API shows them (docs/api/programmes.md).

type Ref = { id: string; name: string };

/** Where a call stands at `now`: before its opening, open (opening inclusive), or from its closing on. */
export function callStatus(
  call: Pick<Call, 'opens_at' | 'closes_at'>,
  now: Date,
): 'upcoming' | 'open' | 'closed' {
  if (now.getTime() < call.opens_at.getTime()) return 'upcoming';
  return now.getTime() < call.closes_at.getTime() ? 'open' : 'closed';
}

/** A call's instants (UTC) and the organiser's zone, with its status at `now`. */
export function presentCall(call: Call, now: Date) {
  return {
    opensAt: call.opens_at.toISOString(),
    closesAt: call.closes_at.toISOString(),
    timeZone: call.time_zone,
    status: callStatus(call, now),
  };
}

/** A question of a call's form, in every language it has. */
export function presentQuestion(q: CallQuestion) {
  return {
    id: q.id,
    position: q.position,
    kind: q.kind,
    label: flattenText(q.label) ?? {},
    help: flattenText(q.help),
    required: q.required,
    options: q.options.map((o) => ({ value: o.value, label: flattenText(o.label) ?? {} })),
    validation: q.validation,
  };
}

/** The fuzzy period of a programme, when it has one. */
function presentPeriod(p: Programme) {
  if (!p.period_text || !p.period_start || !p.period_end) return null;
  return {
    text: p.period_text,
    lang: p.period_lang ?? 'en',
    start: p.period_start,
    end: p.period_end,
    precision: p.period_precision ?? 'day',
  };
}

/** A programme as lists show it, with its bodies' names (those the caller may read) and its call. */
export function presentProgrammeSummary(
  p: Programme,
  refs: { organiser: Ref | null; supporters: { organisation: Ref; role: string }[] },
  call: Call | undefined,
  now: Date,
) {
  return {
    id: p.id,
    kind: p.kind,
    title: flattenText(p.title) ?? {},
    status: p.status,
    organiser: refs.organiser,
    supporters: refs.supporters,
    countryCode: p.country_code,
    place: flattenText(p.place),
    period: presentPeriod(p),
    startDate: p.start_date,
    endDate: p.end_date,
    capacity: p.capacity,
    visibility: p.visibility,
    call: call ? presentCall(call, now) : null,
  };
}

/** A programme's audience as the API shows it. */
export function presentAudience(p: Programme) {
  return {
    communities: p.communities,
    countries: p.residence_countries,
    ageMin: p.age_min,
    ageMax: p.age_max,
    languages: p.languages,
  };
}

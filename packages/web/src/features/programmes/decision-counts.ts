import type { Application, ApplicationStatus } from '../../api/programmes-types';

/** What the organiser is about to decide: each selected application and the decision for it. */
export type Decision = 'accept' | 'waitlist' | 'reject';

/** Seats taken and left, before and after the pending decisions. */
export interface SeatCounts {
  capacity: number | null;
  accepted: number;
  acceptedAfter: number;
  /** Seats left after the decisions (`null` without a capacity). */
  freeAfter: number | null;
  /** Accepted beyond capacity: the server waitlists these in order. */
  overCapacity: number;
  waitlisted: number;
}

/**
 * Counts seats for the decision panel: applications already accepted, plus those to accept, minus
 * accepted ones now waitlisted or rejected; beyond `capacity` they overflow to the waitlist.
 */
export function seatCounts(
  capacity: number | null,
  applications: Pick<Application, 'id' | 'status'>[],
  pending: Record<string, Decision>,
): SeatCounts {
  const count = (status: ApplicationStatus) => applications.filter((a) => a.status === status).length;
  const accepted = count('accepted');
  let acceptedAfter = accepted;
  let waitlisted = count('waitlisted');
  for (const a of applications) {
    const decision = pending[a.id];
    if (!decision) continue;
    const was = a.status === 'accepted';
    if (decision === 'accept' && !was) acceptedAfter += 1;
    if (decision !== 'accept' && was) acceptedAfter -= 1;
    if (decision === 'waitlist' && a.status !== 'waitlisted') waitlisted += 1;
    if (decision !== 'waitlist' && a.status === 'waitlisted') waitlisted -= 1;
  }
  const overCapacity = capacity === null ? 0 : Math.max(0, acceptedAfter - capacity);
  return {
    capacity,
    accepted,
    acceptedAfter: acceptedAfter - overCapacity,
    freeAfter: capacity === null ? null : Math.max(0, capacity - acceptedAfter),
    overCapacity,
    waitlisted: waitlisted + overCapacity,
  };
}

/** The request body of the pending decisions. */
export function decisionBody(pending: Record<string, Decision>) {
  const pick = (d: Decision) => Object.keys(pending).filter((id) => pending[id] === d);
  return { accept: pick('accept'), waitlist: pick('waitlist'), reject: pick('reject') };
}

/** The waitlist in its order (position 1 first). */
export function waitlistOrder<T extends Pick<Application, 'status' | 'waitlistPosition'>>(
  applications: T[],
): T[] {
  return applications
    .filter((a) => a.status === 'waitlisted')
    .sort(
      (a, b) =>
        (a.waitlistPosition ?? Number.MAX_SAFE_INTEGER) - (b.waitlistPosition ?? Number.MAX_SAFE_INTEGER),
    );
}

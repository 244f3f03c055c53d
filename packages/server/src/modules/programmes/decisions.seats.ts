import type { ProgrammeQuota } from './programmes.table.ts';

// The seats of a programme (ADR 0023 "Reviews, scores and decisions"): accepted places never exceed
// the capacity (when set), nor any quota's seats. A country quota counts the accepted applicants of
// that country of residence; a community quota those whose communities include it; an applicant
// under no quota is limited by the capacity alone. Country and communities come from the nominating
// organisation, else the person's current position's (as for eligibility).

/** Where an applicant is counted. */
export interface SeatProfile {
  country: string | null;
  communities: string[];
}

/** The seats taken so far, and whether one more applicant fits. */
export interface SeatBook {
  fits(profile: SeatProfile | null): boolean;
  take(profile: SeatProfile | null): void;
}

const covers = (quota: ProgrammeQuota, p: SeatProfile | null) =>
  p !== null &&
  ((quota.country_code !== null && quota.country_code === p.country) ||
    (quota.community !== null && (p.communities ?? []).includes(quota.community)));

/**
 * A seat book for `capacity` (null: no limit) and `quotas`, with `accepted` already seated.
 * @example seatBook(2, [], []).fits(null) // true
 */
export function seatBook(
  capacity: number | null,
  quotas: readonly ProgrammeQuota[],
  accepted: readonly (SeatProfile | null)[],
): SeatBook {
  let seated = 0;
  const used = new Map(quotas.map((q) => [q.id, 0]));
  const book: SeatBook = {
    fits: (p) =>
      (capacity === null || seated < capacity) &&
      quotas.every((q) => !covers(q, p) || (used.get(q.id) ?? 0) < q.seats),
    take: (p) => {
      seated += 1;
      for (const q of quotas) if (covers(q, p)) used.set(q.id, (used.get(q.id) ?? 0) + 1);
    },
  };
  for (const p of accepted) book.take(p);
  return book;
}

/** Highest score first (unscored last), then the earliest submission, then the id. */
export function byScore<T extends { score: number | null; submitted_at: Date | null; id: string }>(
  a: T,
  b: T,
) {
  return (
    (b.score ?? -1) - (a.score ?? -1) ||
    (a.submitted_at?.getTime() ?? 0) - (b.submitted_at?.getTime() ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

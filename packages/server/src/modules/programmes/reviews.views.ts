import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { criteriaOf, reviewersOf, type reviewsOf } from './reviews.repository.ts';

// Reviewers, criteria and reviews as the API shows them.

/** The programme's reviewers as `{ reviewers: [{ id, name }] }`. */
export async function reviewersView(db: Kysely<Database>, programmeId: string) {
  const rows = await reviewersOf(db, programmeId);
  return { reviewers: rows.map((r) => ({ id: r.id, name: r.display_name })) };
}

/** The programme's criteria as `{ criteria }`. */
export async function criteriaView(db: Kysely<Database>, programmeId: string) {
  const rows = await criteriaOf(db, programmeId);
  return {
    criteria: rows.map((c) => ({
      id: c.id,
      position: c.position,
      label: flattenText(c.label) ?? {},
      weight: c.weight,
      maxScore: c.max_score,
    })),
  };
}

/** One review as the API shows it. */
export function presentReview(r: Awaited<ReturnType<typeof reviewsOf>>[number]) {
  return {
    id: r.id,
    reviewer: { id: r.reviewer_id, name: r.display_name },
    scores: r.scores.map((s) => ({ criterionId: s.criterion_id, score: s.score })),
    comment: r.comment,
    score: r.score,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

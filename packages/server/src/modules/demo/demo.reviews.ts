import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findAccountByEmail } from '../accounts/accounts.repository.ts';
import { setDecision } from '../programmes/decisions.repository.ts';
import {
  criteriaOf,
  refreshScore,
  replaceCriteria,
  replaceReviewers,
  upsertReview,
} from '../programmes/reviews.repository.ts';
import { reviewScore } from '../programmes/reviews.score.ts';
import { storedText } from '../registry/registry.presenter.ts';
import type { DemoProgramme } from './programmes.data.ts';

// The demo programmes' reviewers, criteria and reviews (programmes.data.ts), through the programmes
// module's repositories and its score rule; accepted and waitlisted demo applications get their
// decision time and waitlist position.

/**
 * Loads a demo programme's reviewers (by account email), criteria and the reviews of its
 * applications (`apps`: application id by the applicant's slug). Reviewers without an account are
 * left out, with their reviews.
 */
export async function loadDemoReviews(
  trx: Kysely<Database>,
  programmeId: string,
  p: DemoProgramme,
  apps: Map<string, string>,
): Promise<void> {
  const accounts = new Map<string, string>();
  for (const email of p.reviewers ?? []) {
    const account = await findAccountByEmail(trx, email);
    if (account) accounts.set(email, account.id);
  }
  await replaceReviewers(trx, programmeId, [...accounts.values()]);
  await replaceCriteria(
    trx,
    programmeId,
    (p.criteria ?? []).map((c) => ({
      label: JSON.stringify(storedText(c.label)),
      weight: c.weight,
      max_score: c.maxScore,
    })),
  );
  const criteria = await criteriaOf(trx, programmeId);
  for (const a of p.applications ?? []) {
    const id = apps.get(a.person);
    if (!id) continue;
    for (const r of a.reviews ?? []) {
      const reviewer = accounts.get(r.reviewer);
      if (!reviewer) continue;
      const scores = criteria.map((c, i) => ({ criterionId: c.id, score: r.scores[i] ?? 0 }));
      const row = {
        application_id: id,
        reviewer_id: reviewer,
        comment: r.comment,
        score: reviewScore(criteria, scores),
      };
      await upsertReview(trx, row, scores);
    }
    await refreshScore(trx, id);
    if (a.status === 'accepted' || a.status === 'waitlisted') {
      await setDecision(trx, id, { position: a.waitlistPosition ?? null, decided: true });
    }
  }
}

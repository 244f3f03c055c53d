import type { FieldError } from '../../errors/app-error.ts';
import type { ReviewCriterion } from './reviews.table.ts';

// A review's score (ADR 0023 "Reviews, scores and decisions"): each criterion's score divided by
// its maximum, weighted, normalised to 0–100:  100 · Σ(wᵢ · sᵢ / maxᵢ) / Σ wᵢ, rounded to two
// decimals. The application's score is the mean of its reviews' scores (refreshScore).

/** One criterion's score as given. */
export interface ScoreInput {
  criterionId: string;
  score: number;
}

/**
 * What is wrong with a review's scores: every criterion exactly once, each between 0 and its
 * maximum. Field paths are `body.scores.<i>.score` or `body.scores` (a criterion not scored).
 */
export function scoreProblems(criteria: readonly ReviewCriterion[], scores: readonly ScoreInput[]) {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const criterion = byId.get(s.criterionId);
    if (!criterion || seen.has(s.criterionId)) {
      problems.push({
        path: `body.scores.${i}.criterionId`,
        message: 'is not a criterion of this programme, or repeated',
      });
    } else if (s.score < 0 || s.score > criterion.max_score) {
      problems.push({
        path: `body.scores.${i}.score`,
        message: `must be between 0 and ${criterion.max_score}`,
      });
    }
    seen.add(s.criterionId);
  });
  const missing = criteria.filter((c) => !seen.has(c.id));
  if (missing.length) problems.push({ path: 'body.scores', message: 'must score every criterion' });
  return problems;
}

/**
 * The weighted score of a complete, valid review, normalised to 0–100.
 * @example reviewScore([{ id: 'a', weight: 2, max_score: 10 }, { id: 'b', weight: 1, max_score: 5 }], [{ criterionId: 'a', score: 5 }, { criterionId: 'b', score: 5 }]) // 66.67
 */
export function reviewScore(
  criteria: readonly Pick<ReviewCriterion, 'id' | 'weight' | 'max_score'>[],
  scores: readonly ScoreInput[],
): number {
  const given = new Map(scores.map((s) => [s.criterionId, s.score]));
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const part = criteria.reduce((sum, c) => sum + (c.weight * (given.get(c.id) ?? 0)) / c.max_score, 0);
  return Math.round((10_000 * part) / total) / 100;
}

import { useTranslation } from 'react-i18next';
import { getCriteria, getReviews } from '../../api/programmes';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { useSession } from '../auth/session';
import { ReviewForm } from './ReviewForm';

/**
 * An application's reviews (aggregated score, each reviewer's scores and comment) and, for a
 * reviewer, their own review form. Shown only to those the server lets read reviews.
 */
export function ReviewsSection({
  programmeId,
  applicationId,
}: {
  programmeId: string;
  applicationId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const reviews = useAsync(() => getReviews(applicationId).catch(() => null), [applicationId]);
  const criteria = useAsync(() => getCriteria(programmeId).catch(() => null), [programmeId]);
  if (!reviews.data || !criteria.data) return null;
  const mine = reviews.data.items.find((r) => r.reviewer.id === me?.account.id);
  const label = (id: string) =>
    pickLocalized(criteria.data?.criteria.find((c) => c.id === id)?.label, format.language);
  return (
    <>
      <section className="section" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('programmes.review.list')}</h2>
        <p data-testid="aggregate-score">
          {reviews.data.score === null
            ? t('programmes.review.noScore')
            : t('programmes.review.aggregate', {
                score: format.number(reviews.data.score),
                count: reviews.data.items.length,
              })}
          {reviews.data.hidden > 0 ? ` ${t('programmes.review.hidden', { count: reviews.data.hidden })}` : ''}
        </p>
        <ul>
          {reviews.data.items.map((r) => (
            <li key={r.id}>
              <strong>{r.reviewer.name}</strong> — {format.number(r.score)}:{' '}
              {r.scores.map((s) => `${label(s.criterionId)} ${format.number(s.score)}`).join(', ')}
              {r.comment ? <p className="pre-wrap">{r.comment}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      {criteria.data.criteria.length > 0 ? (
        <ReviewForm
          key={mine?.updatedAt ?? 'new'}
          applicationId={applicationId}
          criteria={criteria.data.criteria}
          mine={mine}
          onSaved={reviews.reload}
        />
      ) : null}
    </>
  );
}

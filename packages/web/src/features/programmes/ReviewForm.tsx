import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putReview } from '../../api/programmes';
import type { Criterion, Review } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';

/** A reviewer's scores per criterion (0 to its maximum) and comment; saving again rewrites the review. */
export function ReviewForm({
  applicationId,
  criteria,
  mine,
  onSaved,
}: {
  applicationId: string;
  criteria: Criterion[];
  mine: Review | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const initial = Object.fromEntries(
    criteria.map((c) => [c.id, String(mine?.scores.find((s) => s.criterionId === c.id)?.score ?? '')]),
  );
  const [scores, setScores] = useState<Record<string, string>>(initial);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const list = criteria
        .filter((c) => scores[c.id] !== '')
        .map((c) => ({ criterionId: c.id, score: Number(scores[c.id]) }));
      await putReview(applicationId, { scores: list, comment });
      onSaved();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={handleSubmit} className="section" aria-labelledby="review-heading">
      <h2 id="review-heading">{mine ? t('programmes.review.edit') : t('programmes.review.title')}</h2>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="form-row">
        {criteria.map((c) => (
          <FormField
            key={c.id}
            label={t('programmes.review.score', {
              criterion: pickLocalized(c.label, format.language),
              max: c.maxScore,
            })}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={c.maxScore}
                required
                value={scores[c.id] ?? ''}
                onChange={(e) => setScores({ ...scores, [c.id]: e.target.value })}
              />
            )}
          </FormField>
        ))}
      </div>
      <FormField label={t('programmes.review.comment')}>
        {(control) => (
          <textarea {...control} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
        )}
      </FormField>
      <button type="submit" className="button" disabled={busy}>
        {t('programmes.review.save')}
      </button>
    </form>
  );
}

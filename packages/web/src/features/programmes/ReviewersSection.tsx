import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getReviewerCandidates, getReviewers, putReviewers } from '../../api/programmes';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { useDebouncedValue } from '../search/use-debounced-value';

/**
 * The reviewers: the current list with "remove", and a search among the admins and editors of every
 * state body (reviewers come from several member states), by name or body.
 */
export function ReviewersSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const reviewers = useAsync(() => getReviewers(programmeId), [programmeId]);
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q, 300);
  const found = useAsync(
    () => getReviewerCandidates(programmeId, query).catch(() => null),
    [programmeId, query],
  );
  const [problem, setProblem] = useState<string>();
  const current = reviewers.data?.reviewers ?? [];
  const save = async (ids: string[]) => {
    setProblem(undefined);
    try {
      await putReviewers(programmeId, ids);
      reviewers.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  };
  const candidates = (found.data?.items ?? []).filter((a) => !current.some((c) => c.id === a.id));
  return (
    <section className="section" aria-labelledby="reviewers-heading">
      <h2 id="reviewers-heading">{t('programmes.reviewSetup.reviewers')}</h2>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {current.length === 0 ? <p>{t('programmes.reviewSetup.noReviewers')}</p> : null}
      <ul data-testid="reviewers">
        {current.map((r) => (
          <li key={r.id}>
            {r.name}{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => save(current.filter((c) => c.id !== r.id).map((c) => c.id))}
            >
              {t('programmes.reviewSetup.remove', { name: r.name })}
            </button>
          </li>
        ))}
      </ul>
      <FormField label={t('programmes.reviewSetup.find')} hint={t('programmes.reviewSetup.findHint')}>
        {(control) => <input {...control} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
      </FormField>
      <ul data-testid="reviewer-candidates">
        {candidates.map((a) => (
          <li key={a.id}>
            {a.name} · {a.organisation.name}
            {a.countryCode ? ` (${a.countryCode})` : ''}{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => save([...current.map((c) => c.id), a.id])}
            >
              {t('programmes.reviewSetup.add', { name: a.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

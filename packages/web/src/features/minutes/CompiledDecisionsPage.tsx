import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CompiledDecision, type DecisionFilter, listCompiledDecisions } from '../../api/minutes';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import './minutes.css';

/** The meetings and responsible bodies that occur in the decisions, for the filters' choices. */
function choicesOf(items: readonly CompiledDecision[], language: string) {
  const meetings = new Map<string, string>();
  const bodies = new Map<string, string>();
  for (const d of items) {
    meetings.set(d.event.id, d.event.reference ?? pickLocalized(d.event.title, language));
    for (const b of d.responsibleBodies) bodies.set(b.id, b.name);
  }
  const options = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label }));
  return { meetings: options(meetings), bodies: options(bodies) };
}

/**
 * `/series/:id/decisions`: every decision of every meeting of a series, filtered by meeting,
 * responsible body and text, laid out to print.
 */
export function CompiledDecisionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  usePageTitle(t('minutes.decisions.title'));
  const all = useAsync(() => listCompiledDecisions({ series: id }), [id]);
  const [draft, setDraft] = useState({ event: '', responsible: '', q: '' });
  const [filter, setFilter] = useState<DecisionFilter>({ series: id });
  const shown = useAsync(() => listCompiledDecisions({ ...filter, series: id }), [filter, id]);
  const choices = useMemo(
    () => choicesOf(all.data?.items ?? [], format.language),
    [all.data, format.language],
  );

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      series: id,
      ...(draft.event ? { event: draft.event } : {}),
      ...(draft.responsible ? { responsible: draft.responsible } : {}),
      ...(draft.q.trim() ? { q: draft.q.trim() } : {}),
    });
  };
  const any = { value: '', label: t('minutes.decisions.any') };

  return (
    <article className="minutes-print">
      <p className="breadcrumb no-print">
        <Link to={`/series/${encodeURIComponent(id)}`}>{t('minutes.decisions.backToSeries')}</Link>
      </p>
      <h1>{t('minutes.decisions.title')}</h1>
      <form className="filters no-print" onSubmit={handleSubmit} aria-label={t('minutes.decisions.filters')}>
        <SelectField
          label={t('minutes.decisions.meeting')}
          value={draft.event}
          onChange={(event) => setDraft({ ...draft, event })}
          options={[any, ...choices.meetings]}
        />
        <SelectField
          label={t('minutes.decisions.body')}
          value={draft.responsible}
          onChange={(responsible) => setDraft({ ...draft, responsible })}
          options={[any, ...choices.bodies]}
        />
        <TextField
          label={t('minutes.decisions.text')}
          value={draft.q}
          onChange={(q) => setDraft({ ...draft, q })}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t('minutes.decisions.apply')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('minutes.print.print')}
          </button>
        </div>
      </form>
      {shown.loading && !shown.data ? <Loading /> : null}
      {shown.error ? <LoadError error={shown.error} onRetry={shown.reload} /> : null}
      {shown.data ? (
        <>
          <p role="status">{t('minutes.decisions.count', { count: shown.data.total })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('minutes.decisions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('minutes.decisions.reference')}</th>
                  <th scope="col">{t('minutes.decisions.meeting')}</th>
                  <th scope="col">{t('minutes.decisions.decision')}</th>
                  <th scope="col">{t('minutes.decisions.body')}</th>
                  <th scope="col">{t('minutes.decisions.due')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>{d.reference}</td>
                    <td>
                      {pickLocalized(d.event.title, format.language)} ({format.day(d.event.start.date)})
                    </td>
                    <td>{pickLocalized(d.text, format.language)}</td>
                    <td>{d.responsibleBodies.map((b) => b.name).join(', ')}</td>
                    <td>{d.dueText ? pickLocalized(d.dueText, format.language) : (d.dueTo ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </article>
  );
}

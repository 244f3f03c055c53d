import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffMinutes, listMinutesVersions, type MinutesDiff } from '../../api/minutes';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { DiffView } from './DiffView';

/** Every version with who, when and why, and the differences between any two. */
export function VersionHistory({ minutesId, version }: { minutesId: string; version: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useAsync(() => listMinutesVersions(minutesId), [minutesId, version]);
  const [from, setFrom] = useState(String(Math.max(1, version - 1)));
  const [to, setTo] = useState(String(version));
  const [diff, setDiff] = useState<MinutesDiff>();
  const [error, setError] = useState<unknown>();

  const handleCompare = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setDiff(await diffMinutes(minutesId, Number(from), Number(to)));
    } catch (e) {
      setError(e);
    }
  };
  const options = (versions.data?.items ?? []).map((v) => ({
    value: String(v.number),
    label: t('minutes.history.option', {
      number: v.number,
      reason: t(`minutes.history.reasons.${v.reason}`),
    }),
  }));

  return (
    <section className="section" aria-labelledby="minutes-history-heading">
      <h2 id="minutes-history-heading">{t('minutes.history.heading')}</h2>
      {versions.loading && !versions.data ? <Loading /> : null}
      {versions.error ? <LoadError error={versions.error} onRetry={versions.reload} /> : null}
      {versions.data ? (
        <ol className="history-list">
          {versions.data.items.map((v) => (
            <li key={v.number}>
              <strong>{t('minutes.versionLabel', { version: v.number })}</strong> ·{' '}
              {t(`minutes.history.reasons.${v.reason}`)} · {v.author.label} ·{' '}
              <time dateTime={v.createdAt}>{format.dateTime(v.createdAt)}</time>
              {v.note ? <span> — {v.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {options.length > 1 ? (
        <form className="filters" onSubmit={handleCompare} aria-label={t('minutes.history.compare')}>
          <SelectField label={t('minutes.history.from')} value={from} onChange={setFrom} options={options} />
          <SelectField label={t('minutes.history.to')} value={to} onChange={setTo} options={options} />
          <button type="submit" className="button button-secondary">
            {t('minutes.history.compare')}
          </button>
        </form>
      ) : null}
      {error ? <LoadError error={error} onRetry={() => setError(undefined)} /> : null}
      {diff ? <DiffView diff={diff} /> : null}
    </section>
  );
}

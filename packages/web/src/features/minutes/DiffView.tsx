import { useTranslation } from 'react-i18next';
import type { DiffSegment, MinutesDiff } from '../../api/minutes';

/**
 * Word-level changes as `<ins>` and `<del>`: underlined and struck through (not colour alone), each
 * announced to screen readers by a hidden word before it.
 */
function Segments({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <>
      {segments.map((s, i) => {
        const key = `${i}-${s.op}`;
        if (s.op === 'insert') {
          return (
            <ins key={key}>
              <span className="visually-hidden">[{t('minutes.history.inserted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (s.op === 'delete') {
          return (
            <del key={key}>
              <span className="visually-hidden">[{t('minutes.history.deleted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={key}>{s.text}</span>;
      })}
    </>
  );
}

/** The differences between two versions, paragraph by paragraph, with what changed in words. */
export function DiffView({ diff }: { diff: MinutesDiff }) {
  const { t } = useTranslation();
  return (
    <section className="minutes-diff" aria-labelledby="minutes-diff-heading">
      <h3 id="minutes-diff-heading">{t('minutes.history.diffHeading', { from: diff.from, to: diff.to })}</h3>
      <ol className="plain-list">
        {diff.paragraphs.map((p) => (
          <li key={p.id} className={`minutes-diff-${p.change}`}>
            <p className="minutes-change">{t(`minutes.history.changes.${p.change}`)}</p>
            {p.texts.map((text) => (
              <p key={text.lang} lang={text.lang}>
                <span className="minutes-lang">{text.lang.toUpperCase()} </span>
                <Segments segments={text.segments} />
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

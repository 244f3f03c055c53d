import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutesComment, type Minutes, type Paragraph, proposeAmendment } from '../../api/minutes';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { AmendmentItem } from './AmendmentItem';

interface ParagraphItemProps {
  minutes: Minutes;
  paragraph: Paragraph;
  index: number;
  languages: string[];
  /** Called after a write: the minutes to read again and what to announce. */
  onChanged: (message: string, minutes?: Minutes) => void;
}

type Panel = 'none' | 'amend' | 'comment';

/** One paragraph with its text, its amendments and comments, and the forms to add either. */
export function ParagraphItem({ minutes, paragraph, index, languages, onChanged }: ParagraphItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [panel, setPanel] = useState<Panel>('none');
  const [lang, setLang] = useState(languages[0] ?? minutes.languages[0] ?? 'en');
  const [text, setText] = useState('');
  const [motivation, setMotivation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const amendments = minutes.amendments.filter((a) => a.paragraphId === paragraph.id);
  const comments = minutes.comments.filter((c) => c.paragraphId === paragraph.id);
  const n = index + 1;

  const open = (next: Panel) => {
    setPanel(panel === next ? 'none' : next);
    setText(next === 'amend' ? (paragraph.text[lang] ?? '') : '');
    setError(undefined);
  };
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const base = { paragraphId: paragraph.id, baseVersion: minutes.version };
      if (panel === 'amend') {
        await proposeAmendment(minutes.id, {
          ...base,
          lang,
          text: text.trim(),
          ...(motivation.trim() ? { motivation: motivation.trim() } : {}),
        });
        onChanged(t('minutes.done.proposed'));
      } else {
        await addMinutesComment(minutes.id, { ...base, body: text.trim() });
        onChanged(t('minutes.done.commented'));
      }
      setPanel('none');
      setMotivation('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="minutes-paragraph" id={`paragraph-${paragraph.id}`}>
      <h3 className="visually-hidden">{t('minutes.paragraph', { n })}</h3>
      {languages.map((l) => (
        <p key={l} lang={l} className="minutes-text">
          {languages.length > 1 ? <span className="minutes-lang">{l.toUpperCase()} </span> : null}
          {paragraph.text[l] ?? <span className="muted">{t('minutes.noText')}</span>}
        </p>
      ))}
      {amendments.length > 0 ? (
        <section aria-label={t('minutes.amendmentsOf', { n })}>
          <ul className="plain-list">
            {amendments.map((a) => (
              <AmendmentItem
                key={a.id}
                minutesId={minutes.id}
                amendment={a}
                canDecide={minutes.can.decide}
                onDecided={(m, message) => onChanged(message, m)}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {comments.length > 0 ? (
        <section aria-label={t('minutes.commentsOf', { n })}>
          <ul className="plain-list minutes-comments">
            {comments.map((c) => (
              <li key={c.id}>
                <strong>{c.delegation ? `${c.author.label} (${c.delegation.name})` : c.author.label}</strong>:{' '}
                {c.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {minutes.can.amend || minutes.can.comment ? (
        <div className="button-row">
          {minutes.can.amend ? (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={panel === 'amend'}
              onClick={() => open('amend')}
            >
              {t('minutes.amend.open', { n })}
            </button>
          ) : null}
          {minutes.can.comment ? (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={panel === 'comment'}
              onClick={() => open('comment')}
            >
              {t('minutes.comment.open', { n })}
            </button>
          ) : null}
        </div>
      ) : null}
      {panel !== 'none' ? (
        <form
          className="form inline-form"
          onSubmit={handleSubmit}
          aria-label={t(panel === 'amend' ? 'minutes.amend.open' : 'minutes.comment.open', { n })}
        >
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          {panel === 'amend' ? (
            <SelectField
              label={t('minutes.amend.language')}
              value={lang}
              onChange={(value) => {
                setLang(value);
                setText(paragraph.text[value] ?? '');
              }}
              options={minutes.languages.map((l) => ({ value: l, label: format.languageName(l) || l }))}
            />
          ) : null}
          <FormField label={t(panel === 'amend' ? 'minutes.amend.text' : 'minutes.comment.body')}>
            {(control) => (
              <textarea
                {...control}
                lang={panel === 'amend' ? lang : undefined}
                rows={4}
                required
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </FormField>
          {panel === 'amend' ? (
            <TextField
              label={t('minutes.amend.motivation')}
              value={motivation}
              onChange={setMotivation}
              maxLength={2000}
            />
          ) : null}
          <button type="submit" className="button" disabled={busy || !text.trim()}>
            {t(panel === 'amend' ? 'minutes.amend.submit' : 'minutes.comment.submit')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import type { Answer, Question } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { ApplicationDocument } from './ApplicationDocument';

/**
 * One answer as read: option labels for choices, a download link for a file (through the
 * application, so that whoever reads it reads the document), "yes" for consent.
 */
function AnswerValue({
  applicationId,
  question,
  value,
}: {
  applicationId: string;
  question: Question;
  value: Answer['value'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = (v: string) =>
    pickLocalized(question.options.find((o) => o.value === v)?.label, format.language) || v;
  if (question.kind === 'file' && typeof value === 'string')
    return <ApplicationDocument applicationId={applicationId} fileId={value} />;
  if (question.kind === 'consent') return <>{value === true ? t('programmes.answer.yes') : ''}</>;
  if (question.kind === 'date' && typeof value === 'string') return <>{format.day(value)}</>;
  if (Array.isArray(value)) return <>{value.map(option).join(', ')}</>;
  if (question.kind === 'choice' && typeof value === 'string') return <>{option(value)}</>;
  return <span className="pre-wrap">{String(value)}</span>;
}

/** An application's answers in the form's order, each under its question. */
export function AnswerList({
  applicationId,
  questions,
  answers,
}: {
  applicationId: string;
  questions: Question[];
  answers: Answer[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="field-list section">
      {questions.map((q) => {
        const answer = answers.find((a) => a.questionId === q.id);
        return (
          <div key={q.id}>
            <dt>{pickLocalized(q.label, format.language)}</dt>
            <dd>
              {answer ? (
                <AnswerValue applicationId={applicationId} question={q} value={answer.value} />
              ) : (
                <span className="muted">{t('programmes.answer.none')}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';

/** The survey's results: respondents of participants, then per question counts, mean or the texts. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="results-heading" data-testid="survey-results">
      <h2 id="results-heading">{t('programmes.feedback.results')}</h2>
      <p>
        {t('programmes.feedback.respondents', {
          respondents: results.respondents,
          participants: results.participants,
        })}
      </p>
      {results.questions.map(({ question, answered, options, mean, texts }) => (
        <div key={question.id}>
          <h3>{pickLocalized(question.label, format.language)}</h3>
          <p className="muted">{t('programmes.feedback.answered', { count: answered })}</p>
          {options ? (
            <ul>
              {options.map((o) => (
                <li key={o.value}>
                  {pickLocalized(question.options.find((x) => x.value === o.value)?.label, format.language) ||
                    o.value}
                  : {format.number(o.count)}
                </li>
              ))}
            </ul>
          ) : null}
          {mean !== undefined && mean !== null ? (
            <p>{t('programmes.feedback.mean', { mean: format.number(mean) })}</p>
          ) : null}
          {texts && texts.length > 0 ? (
            <ul>
              {texts.map((text, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: answers may repeat and have no id
                <li key={i} className="pre-wrap">
                  {text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { QuestionKind } from '../../api/programmes-types';
import { moveQuestion, newQuestion, type QuestionDraft } from './call-form';
import { QuestionEditor } from './QuestionEditor';

/** A form's questions: each editable, moved and removed by buttons, and "add a question". */
export function QuestionsEditor({
  value,
  errors,
  onChange,
  kinds,
}: {
  value: QuestionDraft[];
  errors: Record<string, string>;
  onChange: (update: (list: QuestionDraft[]) => QuestionDraft[]) => void;
  kinds?: readonly QuestionKind[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {value.map((q, i) => (
        <QuestionEditor
          key={q.key}
          index={i}
          count={value.length}
          value={q}
          errors={errors}
          kinds={kinds}
          onChange={(next) => onChange((list) => list.map((x, j) => (j === i ? next : x)))}
          onMove={(delta) => onChange((list) => moveQuestion(list, i, delta))}
          onRemove={() => onChange((list) => list.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange((list) => [...list, newQuestion()])}
      >
        {t('programmes.callForm.add')}
      </button>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, type QuestionKind } from '../../api/programmes-types';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { LocalizedFields } from '../meetings/LocalizedFields';
import type { QuestionDraft } from './call-form';

interface QuestionEditorProps {
  index: number;
  count: number;
  value: QuestionDraft;
  errors: Record<string, string>;
  onChange: (next: QuestionDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** The kinds offered (a survey has no file upload). */
  kinds?: readonly QuestionKind[];
}

/** One question of the form being built: kind, labels per language, required, options; moved by buttons. */
export function QuestionEditor({
  index,
  count,
  value,
  errors,
  onChange,
  onMove,
  onRemove,
  kinds = QUESTION_KINDS,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const choice = value.kind === 'choice' || value.kind === 'multi_choice';
  return (
    <fieldset className="question-editor" data-testid={`question-${n}`}>
      <legend>{t('programmes.callForm.question', { n })}</legend>
      <SelectField
        label={t('programmes.callForm.kind')}
        value={value.kind}
        options={kinds.map((k) => ({ value: k, label: t(`programmes.questionKind.${k}`) }))}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <LocalizedFields
        label={t('programmes.callForm.label')}
        value={value.label}
        onChange={(label) => onChange({ ...value, label })}
        error={errors[`questions.${index}.label`]}
      />
      {choice ? (
        <FormField
          label={t('programmes.callForm.options')}
          hint={t('programmes.callForm.optionsHint')}
          error={errors[`questions.${index}.options`]}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={value.options}
              onChange={(e) => onChange({ ...value, options: e.target.value })}
            />
          )}
        </FormField>
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.required}
          onChange={(e) => onChange({ ...value, required: e.target.checked })}
        />{' '}
        {t('programmes.callForm.required')}
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          {t('programmes.callForm.up', { n })}
        </button>
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('programmes.callForm.down', { n })}
        </button>
        <button type="button" className="button button-small button-danger-outline" onClick={onRemove}>
          {t('programmes.callForm.remove', { n })}
        </button>
      </div>
    </fieldset>
  );
}

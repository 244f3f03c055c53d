import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  addPosition,
  createPerson,
  deletePosition,
  getPerson,
  type PersonDetail,
  updatePerson,
  updatePosition,
} from '../../api';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { FormSummary } from './FormSummary';
import {
  formToPersonInput,
  type PersonFormValues,
  personToForm,
  positionChanges,
  validatePerson,
} from './person-form';
import { PersonNamesEditor } from './PersonNamesEditor';
import { PositionsEditor } from './PositionsEditor';
import { RecordFallback } from './RecordFallback';
import { useChoices } from './use-choices';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

/** Saves an edited person: names and visibility, then each position that was removed, added or changed. */
async function saveExisting(existing: PersonDetail, values: PersonFormValues, language: string) {
  const { positions: _positions, ...rest } = formToPersonInput(values, language);
  await updatePerson(existing.id, rest);
  const changes = positionChanges(personToForm(existing, language).positions, values.positions, language);
  for (const id of changes.removed) await deletePosition(existing.id, id);
  for (const input of changes.added) await addPosition(existing.id, input);
  for (const { id, input } of changes.changed) await updatePosition(existing.id, id, input);
  return existing.id;
}

function PersonForm({ existing }: { existing?: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { values, set } = useFormValues<PersonFormValues>(() => personToForm(existing, format.language));
  const form = useFormSubmit(
    () => validatePerson(values),
    async () => {
      const id = existing
        ? await saveExisting(existing, values, format.language)
        : (await createPerson(formToPersonInput(values, format.language))).id;
      navigate(`/registry/people/${encodeURIComponent(id)}`);
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: existing.name })
    : t('registry.people.create');
  usePageTitle(title);

  return (
    <>
      <h1>{title}</h1>
      <form className="form card" onSubmit={form.handleSubmit} noValidate>
        <FormSummary form={form} />
        <PersonNamesEditor rows={values.names} onChange={(names) => set('names', names)} errors={errors} />
        <PositionsEditor
          rows={values.positions}
          onChange={(positions) => set('positions', positions)}
          errors={errors}
        />
        <SelectField
          label={t('registry.columns.visibility')}
          hint={t('registry.form.personVisibilityHint')}
          value={values.visibility}
          options={choices.visibilities}
          onChange={(visibility) => set('visibility', visibility)}
          error={errors.visibility}
        />
        <div className="form-actions">
          <SubmitButton busy={form.busy} label={t('registry.form.save')} />
          <Link to={existing ? `/registry/people/${encodeURIComponent(existing.id)}` : '/registry/people'}>
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** `/registry/people/new` and `/registry/people/:id/edit`. */
export function PersonFormPage() {
  const { id } = useParams();
  const existing = useAsync(() => (id ? getPerson(id) : Promise.resolve(undefined)), [id]);
  if (!id) return <PersonForm />;
  if (!existing.data) return <RecordFallback error={existing.error} onRetry={existing.reload} />;
  return <PersonForm key={existing.data.id} existing={existing.data} />;
}

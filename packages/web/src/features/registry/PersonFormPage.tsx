import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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
import { useFormat } from '../../i18n/use-format';
import {
  formToPersonInput,
  type PersonFormValues,
  personToForm,
  positionChanges,
  validatePerson,
} from './person-form';
import { PersonNamesEditor } from './PersonNamesEditor';
import { PositionsEditor } from './PositionsEditor';
import { RecordForm, RecordFormLoader, recordPath } from './RecordForm';
import { useChoices } from './use-choices';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

const PEOPLE = '/registry/people';

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
      navigate(recordPath(PEOPLE, id));
    },
  );
  const { errors } = form;
  const title = existing
    ? t('registry.form.editTitle', { name: existing.name })
    : t('registry.people.create');

  return (
    <RecordForm title={title} form={form} listPath={PEOPLE} recordId={existing?.id}>
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
    </RecordForm>
  );
}

/** `/registry/people/new` and `/registry/people/:id/edit`. */
export function PersonFormPage() {
  return (
    <RecordFormLoader
      load={getPerson}
      render={(existing) =>
        existing ? <PersonForm key={existing.id} existing={existing} /> : <PersonForm />
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import { listPeople } from '../../api/people';
import { SelectField } from '../../components/SelectField';
import { useAsync } from '../../lib/use-async';
import { useSession } from '../auth/session';

/** For whom an application is: the caller's own person, or a member nominated by one of their organisations. */
export interface Nomination {
  mode: 'self' | 'nominate';
  orgId: string;
  personId: string;
}

/** The organisations the caller represents (the only ones they may nominate for). */
export function useRepresentedOrganisations() {
  const { me } = useSession();
  return (me?.roles ?? []).filter((r) => r.role === 'org_rep').map((r) => r.organisation);
}

/**
 * "For myself / nominate a member of my organisation", for org representatives; the person picker
 * lists the people holding a position in the chosen organisation (the server checks it again).
 */
export function NominationFields({
  value,
  onChange,
}: {
  value: Nomination;
  onChange: (next: Nomination) => void;
}) {
  const { t } = useTranslation();
  const organisations = useRepresentedOrganisations();
  const orgId = value.orgId || organisations[0]?.id || '';
  const people = useAsync(
    () =>
      value.mode === 'nominate' && orgId
        ? listPeople({ organisation: orgId, limit: 200, offset: 0 })
        : Promise.resolve(null),
    [value.mode, orgId],
  );
  if (organisations.length === 0) return null;
  return (
    <fieldset className="section">
      <legend>{t('programmes.apply.forWhom')}</legend>
      <label className="radio">
        <input
          type="radio"
          name="for-whom"
          checked={value.mode === 'self'}
          onChange={() => onChange({ ...value, mode: 'self' })}
        />{' '}
        {t('programmes.apply.forMyself')}
      </label>
      <label className="radio">
        <input
          type="radio"
          name="for-whom"
          checked={value.mode === 'nominate'}
          onChange={() => onChange({ ...value, mode: 'nominate', orgId })}
        />{' '}
        {t('programmes.apply.nominate')}
      </label>
      {value.mode === 'nominate' ? (
        <div className="form-row">
          <SelectField
            label={t('programmes.apply.organisation')}
            value={orgId}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(id) => onChange({ ...value, orgId: id, personId: '' })}
          />
          <SelectField
            label={t('programmes.apply.person')}
            value={value.personId}
            options={[
              { value: '', label: t('programmes.apply.choosePerson') },
              ...(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            onChange={(id) => onChange({ ...value, personId: id })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDelegation, type Delegation, deleteDelegation, type EventDetail } from '../../api';
import { CountryField } from '../registry/CountryField';
import { InlineForm } from '../registry/InlineForm';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { RemovalDialog } from '../registry/RemovalDialog';
import { RemoveItemButton, SectionNotices } from '../registry/SectionNotices';
import { useAddForm } from '../registry/use-add-form';
import { useCountries } from '../registry/use-countries';
import { useSectionRemoval } from '../registry/use-section-removal';
import { delegationInput, emptyDelegation, validateDelegation } from './participation-form';
import { RecordsField } from './RecordsField';

/** "Kazakhstan — Ministry of …": a delegation's name from its country and organisation. */
export function useDelegationName() {
  const { nameOf } = useCountries();
  return (d: Pick<Delegation, 'countryCode' | 'organisation'>) =>
    [nameOf(d.countryCode), d.organisation?.name].filter(Boolean).join(' — ');
}

/** The delegations (by country and organisation, with their heads); editors add and remove them. */
export function DelegationsSection({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const delegationName = useDelegationName();
  const section = useSectionRemoval(
    (d: Delegation) => deleteDelegation(event.id, d.id),
    (d) => t('meetings.delegations.removed', { name: delegationName(d) }),
    onChanged,
  );
  const { values, set, form } = useAddForm(
    emptyDelegation,
    validateDelegation,
    (v) => addDelegation(event.id, delegationInput(v)),
    () => section.added(t('meetings.delegations.added')),
  );
  return (
    <section className="section" aria-labelledby="delegations-heading">
      <h2 id="delegations-heading" ref={section.heading} tabIndex={-1}>
        {t('meetings.delegations.heading')}
      </h2>
      <SectionNotices notice={section.notice} error={section.removal.error} />
      {event.delegations.length === 0 ? <p className="muted">{t('meetings.delegations.none')}</p> : null}
      <ul className="plain-list" data-testid="delegations">
        {event.delegations.map((d) => (
          <li key={d.id}>
            {delegationName(d)}
            {d.head ? (
              <>
                {' · '}
                {t('meetings.delegations.head')}:{' '}
                <Link to={`/registry/people/${encodeURIComponent(d.head.id)}`}>{d.head.name}</Link>
              </>
            ) : null}
            {event.canEdit ? (
              <RemoveItemButton
                label={t('meetings.delegations.removeLabel', { name: delegationName(d) })}
                onClick={() => section.ask(d)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {event.canEdit ? (
        <>
          <InlineForm
            heading={t('meetings.delegations.addHeading')}
            submitLabel={t('meetings.delegations.add')}
            form={form}
          >
            <CountryField
              value={values.countryCode}
              onChange={(v) => set('countryCode', v)}
              error={form.errors.countryCode}
            />
            <OrganisationPicker
              label={t('registry.columns.organisation')}
              value={values.organisation}
              onChange={(v) => set('organisation', v)}
              error={form.errors.organisationId}
            />
            <RecordsField
              label={t('meetings.delegations.head')}
              value={values.head}
              max={1}
              onChange={(v) => set('head', v)}
              error={form.errors.headPersonId}
            />
          </InlineForm>
          <RemovalDialog
            removal={section.removal}
            title={t('meetings.delegations.confirmTitle')}
            body={(target) =>
              t('meetings.delegations.confirmBody', { name: target ? delegationName(target) : '' })
            }
          />
        </>
      ) : null}
    </section>
  );
}

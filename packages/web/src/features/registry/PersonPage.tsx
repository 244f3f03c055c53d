import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addPersonContact,
  deletePersonContact,
  getPerson,
  type PersonDetail,
  type PersonName,
  type Position,
  personHistory,
} from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { PersonParticipation } from '../meetings/PersonParticipation';
import { ContactsSection } from './ContactsSection';
import { HistorySection } from './HistorySection';
import { Period } from './Period';
import { RecordFallback } from './RecordFallback';
import { useRecord } from './use-record';
import { VisibilityBadge } from './VisibilityBadge';

function PersonView({ person, onChanged }: { person: PersonDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(person.name);
  const [changes, setChanges] = useState(0);
  const handleChanged = () => {
    setChanges((n) => n + 1);
    onChanged();
  };
  const nameColumns: Column<PersonName>[] = [
    {
      key: 'name',
      header: t('registry.columns.spelling'),
      render: (row) => (
        <>
          <span lang={row.lang ?? undefined}>{row.fullName}</span>{' '}
          {row.isPrimary ? <span className="badge">{t('registry.person.primary')}</span> : null}
        </>
      ),
    },
    {
      key: 'script',
      header: t('registry.columns.script'),
      render: (row) =>
        format.scriptName(row.script === 'other' ? '' : row.script) || t('registry.scripts.other'),
    },
    { key: 'lang', header: t('registry.columns.language'), render: (row) => format.languageName(row.lang) },
    {
      key: 'source',
      header: t('registry.columns.source'),
      render: (row) => t(`registry.sources.${row.source}`),
    },
  ];
  const positionColumns: Column<Position>[] = [
    {
      key: 'title',
      header: t('registry.columns.position'),
      render: (row) => pickLocalized(row.title, format.language),
    },
    {
      key: 'organisation',
      header: t('registry.columns.organisation'),
      render: (row) => (
        <Link to={`/registry/organisations/${encodeURIComponent(row.organisation.id)}`}>
          {row.organisation.name}
        </Link>
      ),
    },
    {
      key: 'period',
      header: t('registry.columns.period'),
      render: (row) => <Period from={row.fromDate} to={row.toDate} />,
    },
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to="/registry/people">{t('registry.people.title')}</Link>
      </p>
      <h1>{person.name}</h1>
      {person.canEdit ? (
        <p>
          <Link
            to={`/registry/people/${encodeURIComponent(person.id)}/edit`}
            className="button button-secondary"
          >
            {t('registry.edit')}
          </Link>
        </p>
      ) : null}
      <dl className="field-list section">
        <div>
          <dt>{t('registry.columns.visibility')}</dt>
          <dd>
            <VisibilityBadge visibility={person.visibility} />
          </dd>
        </div>
        {person.owner ? (
          <div>
            <dt>{t('registry.organisation.owner')}</dt>
            <dd>
              <Link to={`/registry/organisations/${encodeURIComponent(person.owner.id)}`}>
                {person.owner.name}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="spellings-heading">
        <h2 id="spellings-heading">{t('registry.person.spellings')}</h2>
        <DataTable
          caption={t('registry.person.spellingsCaption', { name: person.name })}
          columns={nameColumns}
          rows={person.names}
          rowKey={(row) => row.id ?? row.fullName}
          emptyMessage={t('registry.empty')}
        />
      </section>
      <section className="section" aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('registry.person.positions')}</h2>
        <DataTable
          caption={t('registry.person.positionsCaption', { name: person.name })}
          columns={positionColumns}
          rows={person.positions}
          rowKey={(row) => row.id}
          emptyMessage={t('registry.person.noPositions')}
        />
      </section>
      {person.contacts.length > 0 || person.canEdit ? (
        <ContactsSection
          contacts={person.contacts}
          recordName={person.name}
          editing={
            person.canEdit
              ? {
                  add: (input) => addPersonContact(person.id, input),
                  remove: (contactId) => deletePersonContact(person.id, contactId),
                  // Personal data is private by default (DESIGN.md): owner only unless consented to more.
                  defaultVisibility: 'owner',
                  visibilityHint: t('registry.form.personVisibilityHint'),
                  onChanged: handleChanged,
                }
              : undefined
          }
        />
      ) : null}
      <PersonParticipation personId={person.id} />
      <HistorySection key={person.id} load={(page) => personHistory(person.id, page)} version={changes} />
    </>
  );
}

/** `/registry/people/:id`: every spelling of a person's name, positions over time, contacts if allowed. */
export function PersonPage() {
  const record = useRecord(getPerson);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <PersonView person={record.data} onChanged={record.reload} />;
}

import { useTranslation } from 'react-i18next';
import type { Contact, ContactInput, Visibility } from '../../api';
import { AddContactForm } from './AddContactForm';
import { RemovalDialog } from './RemovalDialog';
import { RemoveItemButton, SectionNotices } from './SectionNotices';
import { useSectionRemoval } from './use-section-removal';
import { VisibilityBadge } from './VisibilityBadge';

function ContactValue({ contact }: { contact: Contact }) {
  if (contact.kind === 'email') return <a href={`mailto:${contact.value}`}>{contact.value}</a>;
  if (contact.kind === 'phone')
    return <a href={`tel:${contact.value.replace(/\s+/g, '')}`}>{contact.value}</a>;
  if ((contact.kind === 'website' || contact.kind === 'social') && /^https?:\/\//i.test(contact.value))
    return (
      <a href={contact.value} rel="noopener noreferrer" target="_blank">
        {contact.value}
      </a>
    );
  return <>{contact.value}</>;
}

/** How the section changes the contacts of its record (given only to those who may edit it). */
export interface ContactsEditing {
  add: (input: ContactInput) => Promise<unknown>;
  remove: (contactId: string) => Promise<void>;
  /** The visibility a new contact starts with (owner only for a person's contacts). */
  defaultVisibility: Visibility;
  visibilityHint?: string;
  /** Called after a change, to load the record again. */
  onChanged: () => void;
}

interface ContactsSectionProps {
  contacts: Contact[];
  /** The name of the person or organisation, for the confirmation. */
  recordName: string;
  editing?: ContactsEditing | undefined;
}

/**
 * The contacts the server let the caller see, each with its kind, label and visibility; with
 * `editing`, a form to add one and a remove button (after a confirmation) on each.
 */
export function ContactsSection({ contacts, recordName, editing }: ContactsSectionProps) {
  const { t } = useTranslation();
  const section = useSectionRemoval(
    (contact: Contact) => (editing ? editing.remove(contact.id) : Promise.resolve()),
    (contact) => t('registry.contacts.removed', { value: contact.value }),
    editing?.onChanged,
  );
  const { removal } = section;

  return (
    <section className="section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" ref={section.heading} tabIndex={-1}>
        {t('registry.contacts.heading')}
      </h2>
      <SectionNotices notice={section.notice} error={removal.error} />
      {contacts.length === 0 ? (
        <p className="muted">{t('registry.contacts.none')}</p>
      ) : (
        <dl className="field-list">
          {contacts.map((contact) => (
            <div key={contact.id}>
              <dt>
                {t(`registry.contacts.kinds.${contact.kind}`)}
                {contact.label ? ` (${contact.label})` : ''}
              </dt>
              <dd>
                <ContactValue contact={contact} /> <VisibilityBadge visibility={contact.visibility} />
                {editing ? (
                  <RemoveItemButton
                    label={t('registry.contacts.removeLabel', { value: contact.value })}
                    onClick={() => section.ask(contact)}
                  />
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {editing ? (
        <>
          <AddContactForm
            defaultVisibility={editing.defaultVisibility}
            visibilityHint={editing.visibilityHint}
            add={editing.add}
            onAdded={() => section.added(t('registry.contacts.added'))}
          />
          <RemovalDialog
            removal={removal}
            title={t('registry.contacts.confirmTitle')}
            body={(target) =>
              t('registry.contacts.confirmBody', { value: target?.value ?? '', name: recordName })
            }
          />
        </>
      ) : null}
    </section>
  );
}

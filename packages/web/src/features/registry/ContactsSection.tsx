import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api';
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

/** The contacts the server let the caller see, each with its kind, label and visibility. */
export function ContactsSection({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('registry.contacts.heading')}</h2>
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
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

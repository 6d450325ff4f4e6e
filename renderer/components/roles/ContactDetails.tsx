import { CopyButton } from '../controls/CopyButton.js';

export interface Contact {
  readonly phone: string;
  readonly email: string;
  readonly chat?: string;
}

/**
 * Whom to call, and how: each way to reach `who` as a link that dials or
 * writes, with a button to copy it (a phone on the desk, a chat on another
 * laptop). Copy buttons say whose detail they copy, since a panel shows
 * several people.
 */
export function ContactDetails({ who, contact }: { readonly who: string; readonly contact: Contact }) {
  const ways = [
    { what: 'phone', label: 'Phone', value: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` },
    { what: 'e-mail', label: 'E-mail', value: contact.email, href: `mailto:${contact.email}` },
    { what: 'chat', label: 'Chat', value: contact.chat ?? '', href: null },
  ].filter((way) => way.value.trim() !== '');
  if (ways.length === 0) return <p className="no-contact">No phone, e-mail or chat on record for {who}.</p>;

  return (
    <ul className="contact-details" aria-label={`How to reach ${who}`}>
      {ways.map((way) => (
        <li key={way.what}>
          <span className="contact-label">{way.label}</span>{' '}
          {way.href === null ? <span className="contact-value">{way.value}</span> : <a href={way.href}>{way.value}</a>}{' '}
          <CopyButton compact text={way.value} what={`${way.what} of ${who}`} />
        </li>
      ))}
    </ul>
  );
}

import type { TypedContactView } from '../../../shared/projection/views.js';
import { CopyButton } from '../controls/CopyButton.js';

export interface Contact {
  readonly phone: string;
  readonly email: string;
  readonly chat?: string;
  /** Every number and address known, with its type; `phone` and `email` are shown first. */
  readonly phones?: readonly TypedContactView[];
  readonly emails?: readonly TypedContactView[];
}

/** The one to use first, then the others, each with its type where one is known ("Phone (work)"). */
function everyOne(first: string, all: readonly TypedContactView[] = []): TypedContactView[] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const firstType = all.find((contact) => same(contact.value, first))?.type ?? '';
  const others = all.filter((contact) => !same(contact.value, first) && contact.value.trim() !== '');
  return [...(first.trim() === '' ? [] : [{ type: firstType, value: first }]), ...others];
}

const typed = (label: string, type: string) => (type === '' ? label : `${label} (${type})`);

/**
 * Whom to call, and how: each way to reach `who` as a link that dials or
 * writes, with a button to copy it (a phone on the desk, a chat on another
 * laptop). Copy buttons say whose detail they copy, since a panel shows
 * several people.
 */
export function ContactDetails({ who, contact }: { readonly who: string; readonly contact: Contact }) {
  const ways = [
    ...everyOne(contact.phone, contact.phones).map(({ type, value }) => ({
      what: typed('phone', type),
      label: typed('Phone', type),
      value,
      href: `tel:${value.replace(/[^\d+]/g, '')}`,
    })),
    ...everyOne(contact.email, contact.emails).map(({ type, value }) => ({ what: typed('e-mail', type), label: typed('E-mail', type), value, href: `mailto:${value}` })),
    { what: 'chat', label: 'Chat', value: contact.chat ?? '', href: null },
  ].filter((way) => way.value.trim() !== '');
  if (ways.length === 0) return <p className="no-contact">No phone, e-mail or chat on record for {who}.</p>;

  return (
    <ul className="contact-details" aria-label={`How to reach ${who}`}>
      {ways.map((way) => (
        <li key={`${way.what} ${way.value}`}>
          <span className="contact-label">{way.label}</span>{' '}
          {way.href === null ? <span className="contact-value">{way.value}</span> : <a href={way.href}>{way.value}</a>}{' '}
          <CopyButton compact text={way.value} what={`${way.what} of ${who}`} />
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useRef } from 'react';
import { partnerContactSchema } from '../../../shared/events.js';
import type { PartnerContactView } from '../../../shared/projection/views.js';
import type { HoldfastError } from '../../../shared/result.js';
import { refusedValue } from '../refusal.js';
import { Field } from './Field.js';

type ContactField = keyof PartnerContactView;

export const BLANK_CONTACT: PartnerContactView = { name: '', role: '', phone: '', email: '' };

/**
 * A partner's contacts as rows to fill in: each row a group named "Contact
 * N", added at the end (its name field focused) and removed by its own
 * button. `refusal` marks the fields the host refused.
 */
export function ContactsEditor({
  idPrefix,
  contacts,
  onChange,
  refusal,
  nameFields,
}: {
  readonly idPrefix: string;
  readonly contacts: readonly PartnerContactView[];
  readonly onChange: (contacts: PartnerContactView[]) => void;
  readonly refusal: HoldfastError | null;
  /** Filled with each row's name field, for the form to focus the one that needs fixing. */
  readonly nameFields: { current: (HTMLInputElement | null)[] };
}) {
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    const row = focusRow.current;
    focusRow.current = null;
    if (row < contacts.length) nameFields.current[row]?.focus();
    else addButton.current?.focus();
  }, [contacts, nameFields]);

  const change = (index: number, field: ContactField) => (value: string) =>
    onChange(contacts.map((contact, at) => (at === index ? { ...contact, [field]: value } : contact)));

  function remove(index: number) {
    // The keyboard goes to the row that takes its place, or to "Add contact" when it was the last.
    focusRow.current = index;
    onChange(contacts.filter((_, at) => at !== index));
  }

  function add() {
    focusRow.current = contacts.length;
    onChange([...contacts, BLANK_CONTACT]);
  }

  const refused = (field: ContactField, value: string) => refusal !== null && value !== '' && refusedValue(refusal, partnerContactSchema.shape[field], value);

  return (
    <fieldset className="partner-contacts-editor">
      <legend>Contacts</legend>
      {contacts.length === 0 && <p className="hint">No contacts yet: add the people to call there.</p>}
      {contacts.map((contact, index) => {
        const rowId = `${idPrefix}-contact-${index}`;
        return (
          <fieldset className="contact-row" key={index}>
            <legend>Contact {index + 1}</legend>
            <Field
              id={`${rowId}-name`}
              label="Contact name"
              value={contact.name}
              onChange={change(index, 'name')}
              invalid={refused('name', contact.name)}
              inputRef={(element) => {
                nameFields.current[index] = element instanceof HTMLInputElement ? element : null;
              }}
            />
            <Field id={`${rowId}-role`} label="Role" value={contact.role} onChange={change(index, 'role')} invalid={refused('role', contact.role)} />
            <Field id={`${rowId}-phone`} label="Phone" type="tel" value={contact.phone} onChange={change(index, 'phone')} invalid={refused('phone', contact.phone)} />
            <Field id={`${rowId}-email`} label="E-mail" type="email" value={contact.email} onChange={change(index, 'email')} invalid={refused('email', contact.email)} />
            <button type="button" className="quiet" aria-label={`Remove contact ${index + 1}`} onClick={() => remove(index)}>
              Remove
            </button>
          </fieldset>
        );
      })}
      <button ref={addButton} type="button" onClick={add}>
        Add contact
      </button>
    </fieldset>
  );
}

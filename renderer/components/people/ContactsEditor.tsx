import { useEffect, useRef } from 'react';
import type { PartnerContactView } from '../../../shared/projection/views.js';
import { TextField } from '../forms/TextField.js';
import type { Form } from '../forms/useForm.js';

type ContactField = keyof PartnerContactView;

export const BLANK_CONTACT: PartnerContactView = { name: '', role: '', phone: '', email: '' };

/**
 * A partner's contacts as rows to fill in: each row a group named "Contact
 * N", added at the end (its name field focused) and removed by its own
 * button. Each field is the form's `contacts.N.field`, so a refusal marks
 * the one refused.
 */
export function ContactsEditor({
  form,
  contacts,
  onChange,
}: {
  readonly form: Form;
  readonly contacts: readonly PartnerContactView[];
  readonly onChange: (contacts: PartnerContactView[]) => void;
}) {
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    const row = focusRow.current;
    focusRow.current = null;
    if (row < contacts.length) form.focus(`contacts.${row}.name`);
    else addButton.current?.focus();
  }, [contacts, form]);

  const field = (index: number, name: ContactField) => ({
    form,
    name: `contacts.${index}.${name}`,
    value: contacts[index]![name],
    onChange: (value: string) => onChange(contacts.map((contact, at) => (at === index ? { ...contact, [name]: value } : contact))),
    spellCheck: false,
  });

  function remove(index: number) {
    // The keyboard goes to the row that takes its place, or to "Add contact" when it was the last.
    focusRow.current = index;
    onChange(contacts.filter((_, at) => at !== index));
  }

  function add() {
    focusRow.current = contacts.length;
    onChange([...contacts, BLANK_CONTACT]);
  }

  return (
    <fieldset className="partner-contacts-editor">
      <legend>Contacts</legend>
      {contacts.length === 0 && <p className="hint">No contacts yet: add the people to call there.</p>}
      {contacts.map((_, index) => (
        <fieldset className="contact-row" key={index}>
          <legend>Contact {index + 1}</legend>
          <TextField {...field(index, 'name')} label="Contact name" />
          <TextField {...field(index, 'role')} label="Role" />
          <TextField {...field(index, 'phone')} label="Phone" type="tel" />
          <TextField {...field(index, 'email')} label="E-mail" type="email" />
          <button type="button" className="quiet" aria-label={`Remove contact ${index + 1}`} onClick={() => remove(index)}>
            Remove
          </button>
        </fieldset>
      ))}
      <button ref={addButton} type="button" onClick={add}>
        Add contact
      </button>
    </fieldset>
  );
}

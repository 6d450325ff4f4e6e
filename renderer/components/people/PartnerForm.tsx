import { useState } from 'react';
import type { FormEvent } from 'react';
import { PARTNER_KINDS, type PartnerKind } from '../../../shared/people/engagement.js';
import type { PartnerContactView, PartnerView } from '../../../shared/projection/views.js';
import type { Result } from '../../../shared/result.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { Field } from '../forms/Field.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { ContactsEditor } from './ContactsEditor.js';
import { useRosterSaved } from './useRosterSaved.js';
import { PARTNER_KIND_LABEL } from './partnerKinds.js';

interface Draft {
  name: string;
  kind: PartnerKind;
  provides: string;
  notes: string;
  contacts: PartnerContactView[];
}

const BLANK: Draft = { name: '', kind: 'provider', provides: '', notes: '', contacts: [] };

const isBlank = (contact: PartnerContactView) => Object.values(contact).every((value) => value.trim() === '');

/**
 * Adding a partner, or changing one (`partner`): who they are, what they
 * provide, and the people to call there. Rows left wholly empty are
 * dropped; a row with details but no name is refused here, naming the row.
 */
export function PartnerForm({ partner, onDone }: { readonly partner?: PartnerView; readonly onDone: (saved: PartnerView | null) => void }) {
  const actions = useActions();
  const rosterSaved = useRosterSaved();
  const form = useForm('name');
  const [draft, setDraft] = useState<Draft>(() => (partner ? pick(partner) : BLANK));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nameless = draft.contacts.findIndex((contact) => !isBlank(contact) && contact.name.trim() === '');
    if (nameless >= 0) return form.refuse(`contacts.${nameless}.name`, `Contact ${nameless + 1} needs a name.`);
    const rows = draft.contacts.flatMap((contact, row) => (isBlank(contact) ? [] : [row]));
    form.submit(
      async () => asRows(await actions.savePartner({ ...draft, contacts: rows.map((row) => draft.contacts[row]!), ...(partner && { partnerId: partner.id }) }), rows),
      (saved) => {
        rosterSaved();
        onDone(saved);
      },
    );
  }

  return (
    <form className="roster-form" onSubmit={save} onKeyDown={closeOnEscape(() => onDone(null))} noValidate aria-labelledby={`${form.id}-heading`}>
      <h2 id={`${form.id}-heading`}>{partner ? `Edit ${partner.name}` : 'Add a partner'}</h2>
      <div className="roster-form-grid">
        <TextField form={form} name="name" label="Partner name" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} spellCheck={false} required autoFocus />
        <Field form={form} name="kind" label="Kind">
          {(control) => (
            <select {...control} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as PartnerKind })}>
              {PARTNER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {PARTNER_KIND_LABEL[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextField form={form} name="provides" label="What they provide" value={draft.provides} onChange={(provides) => setDraft({ ...draft, provides })} rows={2} />
      <ContactsEditor form={form} contacts={draft.contacts} onChange={(contacts) => setDraft({ ...draft, contacts })} />
      <TextField form={form} name="notes" label="Notes" value={draft.notes} onChange={(notes) => setDraft({ ...draft, notes })} rows={2} />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={partner ? 'Save changes' : 'Add partner'} pending={form.pending} onCancel={() => onDone(null)} />
    </form>
  );
}

/** A refusal of the nth contact sent, said of the row the person sees (rows left empty were not sent). */
function asRows<T>(result: Result<T>, rows: readonly number[]): Result<T> {
  if (result.ok) return result;
  const path = result.error.path;
  if (path?.[0] !== 'contacts' || typeof path[1] !== 'number') return result;
  return { ok: false, error: { ...result.error, path: ['contacts', rows[path[1]] ?? path[1], ...path.slice(2)] } };
}

function pick({ name, kind, provides, notes, contacts }: PartnerView): Draft {
  return { name, kind, provides, notes, contacts: [...contacts] };
}

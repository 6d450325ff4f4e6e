import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import { PARTNER_KINDS, type PartnerKind } from '../../../shared/people/engagement.js';
import type { PartnerContactView, PartnerView } from '../../../shared/projection/views.js';
import { fail, type Result } from '../../../shared/result.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useSubmission } from '../room/useSubmission.js';
import { ContactsEditor } from './ContactsEditor.js';
import { Field } from './Field.js';
import { useRosterSaved } from './useRosterSaved.js';
import { PARTNER_KIND_LABEL } from './partnerKinds.js';

interface Draft {
  name: string;
  kind: PartnerKind;
  provides: string;
  notes: string;
  contacts: PartnerContactView[];
}

const FIELDS = apiParams.savePartner.shape;
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
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => (partner ? pick(partner) : BLANK));
  const { submit, pending, refusal } = useSubmission();
  const nameField = useRef<HTMLInputElement>(null);
  const contactNames = useRef<(HTMLInputElement | null)[]>([]);
  const errorId = `${id}-error`;

  const refused = (field: 'name' | 'provides' | 'notes') => refusal !== null && refusedValue(refusal, FIELDS[field], draft[field]);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const contacts = draft.contacts.filter((contact) => !isBlank(contact));
    const nameless = draft.contacts.findIndex((contact) => !isBlank(contact) && contact.name.trim() === '');
    void submit(
      (): Promise<Result<PartnerView>> =>
        nameless >= 0
          ? Promise.resolve(fail('invalid_input', `Contact ${nameless + 1} needs a name.`))
          : actions.savePartner({ ...draft, contacts, ...(partner && { partnerId: partner.id }) }),
      (saved) => {
        rosterSaved();
        onDone(saved);
      },
      () => {
        if (nameless >= 0) contactNames.current[nameless]?.focus();
        else nameField.current?.focus();
      },
    );
  }

  return (
    <form className="roster-form" onSubmit={save} onKeyDown={closeOnEscape(() => onDone(null))} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{partner ? `Edit ${partner.name}` : 'Add a partner'}</h2>
      <div className="roster-form-grid">
        <Field
          id={`${id}-name`}
          label="Partner name"
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name })}
          invalid={refused('name')}
          describedBy={describedBy(refused('name') && errorId)}
          inputRef={(element) => {
            nameField.current = element instanceof HTMLInputElement ? element : null;
          }}
          required
          autoFocus
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as PartnerKind })}>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PARTNER_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        id={`${id}-provides`}
        label="What they provide"
        value={draft.provides}
        onChange={(provides) => setDraft({ ...draft, provides })}
        invalid={refused('provides')}
        rows={2}
      />
      <ContactsEditor
        idPrefix={id}
        contacts={draft.contacts}
        onChange={(contacts) => setDraft({ ...draft, contacts })}
        refusal={refusal}
        nameFields={contactNames}
      />
      <Field id={`${id}-notes`} label="Notes" value={draft.notes} onChange={(notes) => setDraft({ ...draft, notes })} invalid={refused('notes')} rows={2} />
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <SubmitOrCancel submit={partner ? 'Save changes' : 'Add partner'} pending={pending} onCancel={() => onDone(null)} />
    </form>
  );
}

function pick({ name, kind, provides, notes, contacts }: PartnerView): Draft {
  return { name, kind, provides, notes, contacts: [...contacts] };
}

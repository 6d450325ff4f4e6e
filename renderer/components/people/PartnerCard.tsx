import { useEffect, useId, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { ContactDetails } from '../roles/ContactDetails.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { PartnerForm } from './PartnerForm.js';
import { PARTNER_KIND_LABEL } from './partnerKinds.js';

type Mode = 'reading' | 'editing' | 'deleting';

/**
 * One partner: what kind, what they provide, and the people to call there,
 * each with links and copy buttons named for whom they reach ("Copy phone
 * of Maria Silva at Banco Norte").
 */
export function PartnerCard({ partner, onDeleted }: { readonly partner: PartnerView; readonly onDeleted: () => void }) {
  const actions = useActions();
  const id = useId();
  const [mode, setMode] = useState<Mode>('reading');
  const [backFrom, setBackFrom] = useState<Mode | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode !== 'reading' || backFrom === null) return;
    (backFrom === 'deleting' ? deleteButton : editButton).current?.focus();
    setBackFrom(null);
  }, [mode, backFrom]);

  const back = () => {
    setBackFrom(mode);
    setMode('reading');
  };

  if (mode === 'editing') {
    return (
      <li className="partner-card editing" aria-label={`Editing ${partner.name}`}>
        <PartnerForm partner={partner} onDone={back} />
      </li>
    );
  }

  return (
    <li className="partner-card" aria-labelledby={`${id}-name`}>
      <div className="person-head">
        <h2 id={`${id}-name`} className="partner-name">
          {partner.name}
        </h2>
        <span className="partner-kind">{PARTNER_KIND_LABEL[partner.kind]}</span>
      </div>
      {partner.provides !== '' && <p className="partner-provides">{partner.provides}</p>}
      {partner.contacts.length === 0 ? (
        <p className="hint">No contacts on record.</p>
      ) : (
        <ul className="partner-contacts" aria-label={`Contacts at ${partner.name}`}>
          {partner.contacts.map((contact, index) => (
            <li key={index}>
              <span className="contact-who">{contact.name}</span>
              {contact.role !== '' && <span className="contact-role">, {contact.role}</span>}
              <ContactDetails who={`${contact.name} at ${partner.name}`} contact={contact} />
            </li>
          ))}
        </ul>
      )}
      {partner.notes !== '' && <p className="partner-notes">{partner.notes}</p>}
      {mode === 'deleting' ? (
        <ConfirmDelete
          what={partner.name}
          meaning="It leaves the partner list on every laptop in the room; incidents it was engaged in keep its name in their history."
          onCancel={back}
          onConfirm={() =>
            void actions.deletePartner(partner.id).then((result) => {
              if (result.ok) onDeleted();
              else back();
            })
          }
        />
      ) : (
        <div className="card-actions">
          <button ref={editButton} type="button" className="quiet" aria-label={`Edit ${partner.name}`} onClick={() => setMode('editing')}>
            Edit
          </button>
          <button ref={deleteButton} type="button" className="quiet" aria-label={`Delete ${partner.name}`} onClick={() => setMode('deleting')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

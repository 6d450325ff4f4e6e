import type { PartnerView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { ContactDetails } from '../roles/ContactDetails.js';
import { PartnerForm } from './PartnerForm.js';
import { PARTNER_KIND_LABEL } from './partnerKinds.js';
import { RosterCard } from './RosterCard.js';

/**
 * One partner: what kind, what they provide, and the people to call there,
 * each with links and copy buttons named for whom they reach ("Copy phone
 * of Maria Silva at Banco Norte").
 */
export function PartnerCard({ partner, onDeleted }: { readonly partner: PartnerView; readonly onDeleted: () => void }) {
  const actions = useActions();
  return (
    <RosterCard
      kind="partner"
      name={partner.name}
      badges={<span className="partner-kind">{PARTNER_KIND_LABEL[partner.kind]}</span>}
      editForm={(onDone) => <PartnerForm partner={partner} onDone={onDone} />}
      deleteMeaning="It leaves the partner list on every laptop in the room; incidents it was engaged in keep its name in their history."
      onDelete={() => actions.deletePartner(partner.id)}
      onDeleted={onDeleted}
    >
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
    </RosterCard>
  );
}

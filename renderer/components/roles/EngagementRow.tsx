import { useId, useRef, useState } from 'react';
import { ENGAGEMENT_LABEL, ENGAGEMENT_MEANING } from '../../../shared/people/engagement.js';
import type { EngagementView } from '../../../shared/projection/views.js';
import { useHoldfast } from '../../store/context.js';
import { MoreActionsButton, MoreActionsMenu, useMoreActions } from '../controls/MoreActions.js';
import { ChangeEngagementForm } from './ChangeEngagementForm.js';
import { ContactDetails } from './ContactDetails.js';
import { EngagementHistory } from './EngagementHistory.js';
import { Since } from './Moment.js';

type OpenForm = 'change' | 'release' | null;

/**
 * One engaged partner: its level and what that means, since when, whom to
 * call there, and changing it, the row's one move; releasing it and its
 * history wait behind "More".
 */
export function EngagementRow({ incidentId, engagement }: { readonly incidentId: string; readonly engagement: EngagementView }) {
  const id = useId();
  const [form, setForm] = useState<OpenForm>(null);
  const [showHistory, setShowHistory] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const more = useMoreActions();
  const partner = useHoldfast((state) => state.partners?.find((candidate) => candidate.id === engagement.partnerId) ?? null);
  const name = engagement.partnerName;
  const released = engagement.level === 'released';

  function closeForm() {
    setForm(null);
    // A released partner has no Release to return to: back to the row's one move.
    more.setOpen(false);
    changeButton.current?.focus();
  }

  return (
    <li className={`engagement level-${engagement.level}`} aria-labelledby={`${id}-name`}>
      <div className="role-line">
        <h3 id={`${id}-name`} className="role-name">
          {name}
        </h3>
        <p className="role-holder">
          <strong className={`badge level-badge level-${engagement.level}`}>{ENGAGEMENT_LABEL[engagement.level]}</strong>
          <Since at={engagement.since} />
        </p>
        <div className="role-actions">
          <button
            ref={changeButton}
            type="button"
            aria-label={released ? `Engage ${name} again` : `Change the level of ${name}`}
            aria-expanded={form === 'change'}
            onClick={() => setForm(form === 'change' ? null : 'change')}
          >
            {released ? 'Engage again…' : 'Change level…'}
          </button>
          <MoreActionsButton menu={more} subject={name} />
        </div>
      </div>
      {more.open && (
        <MoreActionsMenu menu={more} subject={name}>
          {!released && (
            <button type="button" aria-label={`Release ${name}`} aria-expanded={form === 'release'} onClick={() => setForm(form === 'release' ? null : 'release')}>
              Release…
            </button>
          )}
          <button type="button" aria-label={`Engagement history of ${name}`} aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
            History
          </button>
        </MoreActionsMenu>
      )}
      <p className="level-meaning">{ENGAGEMENT_MEANING[engagement.level]}</p>
      {!released && partner !== null && partner.contacts.length > 0 && (
        <ul className="partner-contacts" aria-label={`Contacts at ${name}`}>
          {partner.contacts.map((contact, index) => {
            const who = contact.name.trim() === '' ? name : contact.name;
            return (
              <li key={index}>
                <span className="contact-name">{who}</span>
                {contact.role !== '' && <span className="contact-role"> ({contact.role})</span>}
                <ContactDetails who={who} contact={contact} />
              </li>
            );
          })}
        </ul>
      )}
      {!released && partner !== null && partner.contacts.length === 0 && (
        <p className="no-contact">No contacts on record for {name}: add them on the partner list.</p>
      )}
      {form !== null && <ChangeEngagementForm incidentId={incidentId} engagement={engagement} release={form === 'release'} onClose={closeForm} />}
      {showHistory && <EngagementHistory engagement={engagement} />}
    </li>
  );
}

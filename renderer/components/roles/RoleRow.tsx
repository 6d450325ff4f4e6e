import { useEffect, useId, useRef, useState } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import type { RoleCard } from '../../../shared/roles/role-card.js';
import { useHoldfast } from '../../store/context.js';
import { MoreActionsButton, MoreActionsMenu, useMoreActions } from '../controls/MoreActions.js';
import { AssignRoleForm } from './AssignRoleForm.js';
import { ContactDetails } from './ContactDetails.js';
import { Since } from './Moment.js';
import { RoleCardDetails } from './RoleCardDetails.js';
import { RoleHistory } from './RoleHistory.js';
import { StepDownForm } from './StepDownForm.js';
import { GoingOffShiftForm } from '../outreach/briefs/GoingOffShiftForm.js';
import { WaitingBrief } from '../outreach/briefs/WaitingBrief.js';
import { sameName } from '../../../shared/checklists/four-eyes.js';

type OpenForm = 'assign' | 'step-down' | 'off-shift' | null;

/**
 * One role: who holds it and since when (or that nobody does, flagged when
 * it is a key role of an open incident), whom to call, and what can be done
 * with it. One move stands out, Assign… or Hand over…; stepping down, the
 * card and the history wait behind "More", and open on demand, so the panel
 * stays short and the timeline keeps the screen.
 */
export function RoleRow({
  incidentId,
  role,
  card,
  flagged,
  focusOnMount,
}: {
  readonly incidentId: string;
  readonly role: RoleView;
  readonly card: RoleCard | null;
  /** A key role nobody holds while the incident is open. */
  readonly flagged: boolean;
  /** A role just added: the keyboard goes to assigning it. */
  readonly focusOnMount: boolean;
}) {
  const id = useId();
  const [form, setForm] = useState<OpenForm>(null);
  const [showCard, setShowCard] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const assignButton = useRef<HTMLButtonElement>(null);
  const me = useHoldfast((state) => state.session?.name ?? null);
  const more = useMoreActions();
  const holderPerson = useHoldfast((state) =>
    role.holderPersonId === null ? null : (state.people?.find((person) => person.id === role.holderPersonId) ?? null),
  );

  useEffect(() => {
    if (focusOnMount) assignButton.current?.focus();
  }, [focusOnMount]);

  function closeForm() {
    setForm(null);
    // Back to the row's one move, whatever the form did (a step-down leaves no Step down to return to).
    more.setOpen(false);
    assignButton.current?.focus();
  }

  const held = role.holder !== null;
  // Going off shift is offered to the holder, at their own laptop.
  const mine = held && me !== null && sameName(role.holder!, me);
  // A custom role nobody has held, with no card, has nothing more to offer: no empty menu.
  const hasMore = held || card !== null || role.history.length > 0;
  return (
    <li className={`role${flagged ? ' role-flagged' : ''}`} aria-labelledby={`${id}-name`}>
      <div className="role-line">
        <h3 id={`${id}-name`} className="role-name">
          {role.name}
        </h3>
        <p className="role-holder">
          {held ? <strong className="holder">{role.holder}</strong> : <strong className={flagged ? 'vacant-flag' : 'vacant'}>Vacant</strong>}
          {role.since !== null && <Since at={role.since} />}
        </p>
        <div className="role-actions">
          <button
            ref={assignButton}
            type="button"
            className={flagged ? 'primary' : undefined}
            aria-label={`${held ? 'Hand over' : 'Assign'} ${role.name}`}
            aria-expanded={form === 'assign'}
            onClick={() => setForm(form === 'assign' ? null : 'assign')}
          >
            {held ? 'Hand over…' : 'Assign…'}
          </button>
          {hasMore && <MoreActionsButton menu={more} subject={role.name} />}
        </div>
      </div>
      {hasMore && more.open && (
        <MoreActionsMenu menu={more} subject={role.name}>
          {held && (
            <button
              type="button"
              aria-label={`Step down from ${role.name}`}
              aria-expanded={form === 'step-down'}
              onClick={() => setForm(form === 'step-down' ? null : 'step-down')}
            >
              Step down…
            </button>
          )}
          {mine && (
            <button type="button" aria-label={`Going off shift from ${role.name}`} aria-expanded={form === 'off-shift'} onClick={() => setForm(form === 'off-shift' ? null : 'off-shift')}>
              Going off shift…
            </button>
          )}
          {card !== null && (
            <button type="button" aria-label={`Card of ${role.name}`} aria-expanded={showCard} onClick={() => setShowCard(!showCard)}>
              Card
            </button>
          )}
          {role.history.length > 0 && (
            <button type="button" aria-label={`History of ${role.name}`} aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
              History
            </button>
          )}
        </MoreActionsMenu>
      )}
      {held && holderPerson !== null && <ContactDetails who={role.holder!} contact={holderPerson} />}
      {form === 'assign' && <AssignRoleForm incidentId={incidentId} role={role} onClose={closeForm} />}
      {form === 'step-down' && held && <StepDownForm incidentId={incidentId} role={role} onClose={closeForm} />}
      {form === 'off-shift' && mine && <GoingOffShiftForm incidentId={incidentId} role={role} onClose={closeForm} />}
      <WaitingBrief incidentId={incidentId} role={role} />
      {showCard && card !== null && <RoleCardDetails card={card} roleName={role.name} />}
      {showHistory && <RoleHistory role={role} />}
    </li>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import type { RoleCard } from '../../../shared/roles/role-card.js';
import { useHoldfast } from '../../store/context.js';
import { AssignRoleForm } from './AssignRoleForm.js';
import { ContactDetails } from './ContactDetails.js';
import { Since } from './Moment.js';
import { RoleCardDetails } from './RoleCardDetails.js';
import { RoleHistory } from './RoleHistory.js';
import { StepDownForm } from './StepDownForm.js';

type OpenForm = 'assign' | 'step-down' | null;

/**
 * One role: who holds it and since when (or that nobody does, flagged when
 * it is a key role of an open incident), whom to call, and what can be done
 * with it. The card and the history open on demand, so the panel stays short
 * and the timeline keeps the screen.
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
  const holderPerson = useHoldfast((state) =>
    role.holderPersonId === null ? null : (state.people?.find((person) => person.id === role.holderPersonId) ?? null),
  );

  useEffect(() => {
    if (focusOnMount) assignButton.current?.focus();
  }, [focusOnMount]);

  function closeForm() {
    setForm(null);
    // Back to where the person started, whatever the form did.
    assignButton.current?.focus();
  }

  const held = role.holder !== null;
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
            {held ? 'Hand over' : 'Assign'}
          </button>
          {held && (
            <button
              type="button"
              aria-label={`Step down from ${role.name}`}
              aria-expanded={form === 'step-down'}
              onClick={() => setForm(form === 'step-down' ? null : 'step-down')}
            >
              Step down
            </button>
          )}
          {card !== null && (
            <button type="button" className="quiet" aria-label={`Card of ${role.name}`} aria-expanded={showCard} onClick={() => setShowCard(!showCard)}>
              Card
            </button>
          )}
          {role.history.length > 0 && (
            <button
              type="button"
              className="quiet"
              aria-label={`History of ${role.name}`}
              aria-expanded={showHistory}
              onClick={() => setShowHistory(!showHistory)}
            >
              History
            </button>
          )}
        </div>
      </div>
      {held && holderPerson !== null && <ContactDetails who={role.holder!} contact={holderPerson} />}
      {form === 'assign' && <AssignRoleForm incidentId={incidentId} role={role} onClose={closeForm} />}
      {form === 'step-down' && held && <StepDownForm incidentId={incidentId} role={role} onClose={closeForm} />}
      {showCard && card !== null && <RoleCardDetails card={card} roleName={role.name} />}
      {showHistory && <RoleHistory role={role} />}
    </li>
  );
}

import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import type { RoleCard } from '../../../shared/roles/role-card.js';
import { isKeyRole } from '../../../shared/roles/roles.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { useSubmission } from '../room/useSubmission.js';

/**
 * A role the incident turns out to need (an operations lead, a scribe, an
 * expert on one system): by name, with one of the shipped cards if one
 * fits. Picking a card names the role after it, unless a name was typed.
 */
export function AddRoleForm({
  incident,
  cards,
  onAdded,
  onClose,
}: {
  readonly incident: IncidentView;
  readonly cards: readonly RoleCard[];
  readonly onAdded: (roleId: string) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const id = useId();
  const [cardId, setCardId] = useState('');
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;
  const offered = cards.filter((card) => !isKeyRole(card.id));
  const cardNamed = (chosen: string) => offered.find((card) => card.id === chosen)?.name ?? '';

  function chooseCard(chosen: string) {
    // The name follows the card until the person types one of their own.
    if (name.trim() === '' || name === cardNamed(cardId)) setName(cardNamed(chosen));
    setCardId(chosen);
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.addRole({ incidentId: incident.id, name, cardId: cardId === '' ? null : cardId }),
      (updated) => {
        const known = new Set(incident.roles.map((role) => role.id));
        const added = updated.roles.find((role) => !known.has(role.id));
        if (added) onAdded(added.id);
        else onClose();
      },
      () => field.current?.focus(),
    );
  }

  return (
    <form
      className="role-form add-role"
      onSubmit={add}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label="Add a role"
    >
      <div className="field-row">
        {offered.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-card`}>Role card</label>
            <select id={`${id}-card`} value={cardId} onChange={(event) => chooseCard(event.target.value)} autoFocus>
              <option value="">No card</option>
              {offered.map((card) => (
                <option key={card.id} value={card.id}>
                  {card.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field grow">
          <label htmlFor={`${id}-name`}>Role name</label>
          <input
            ref={field}
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-invalid={(refusal !== null && (refusal.code === 'conflict' || refusedValue(refusal, apiParams.addRole.shape.name, name))) || undefined}
            aria-describedby={describedBy(`${id}-card-summary`, refusal !== null && errorId)}
            autoFocus={offered.length === 0}
          />
        </div>
        <button type="submit" className="primary" aria-busy={pending}>
          Add role
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <p id={`${id}-card-summary`} className="hint">
        {cardId === '' ? 'A card gives the role its instructions; any name will do without one.' : offered.find((card) => card.id === cardId)?.summary}
      </p>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
    </form>
  );
}

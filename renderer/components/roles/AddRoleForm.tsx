import { useState } from 'react';
import type { FormEvent } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import type { RoleCard } from '../../../shared/roles/role-card.js';
import { isKeyRole } from '../../../shared/roles/roles.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { Field } from '../forms/Field.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

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
  const form = useForm('name');
  const id = form.id;
  const [cardId, setCardId] = useState('');
  const [name, setName] = useState('');
  const offered = cards.filter((card) => !isKeyRole(card.id));
  const cardNamed = (chosen: string) => offered.find((card) => card.id === chosen)?.name ?? '';

  function chooseCard(chosen: string) {
    // The name follows the card until the person types one of their own.
    if (name.trim() === '' || name === cardNamed(cardId)) setName(cardNamed(chosen));
    setCardId(chosen);
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () => actions.addRole({ incidentId: incident.id, name, cardId: cardId === '' ? null : cardId }),
      (updated) => {
        const known = new Set(incident.roles.map((role) => role.id));
        const added = updated.roles.find((role) => !known.has(role.id));
        if (added) onAdded(added.id);
        else onClose();
      },
      undefined,
      onClose,
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
          <Field form={form} name="cardId" label="Role card">
            {(control) => (
              <select {...control} value={cardId} onChange={(event) => chooseCard(event.target.value)} autoFocus>
                <option value="">No card</option>
                {offered.map((card) => (
                  <option key={card.id} value={card.id}>
                    {card.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <TextField
          form={form}
          name="name"
          className="field grow"
          label="Role name"
          value={name}
          onChange={setName}
          describedByAlso={[`${id}-card-summary`]}
          autoFocus={offered.length === 0}
        />
        <button type="submit" className="primary" aria-busy={form.pending}>
          Add role
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <p id={`${id}-card-summary`} className="hint">
        {cardId === '' ? 'A card gives the role its instructions; any name will do without one.' : offered.find((card) => card.id === cardId)?.summary}
      </p>
      <FormAlert id={form.errorId} message={form.message} />
    </form>
  );
}

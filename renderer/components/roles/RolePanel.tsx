import { useId, useRef, useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { AddRoleForm } from './AddRoleForm.js';
import { CardProblems } from './CardProblems.js';
import { RoleRow } from './RoleRow.js';
import { useHostResource } from '../../store/useHostResource.js';
import { cardFor } from './cardFor.js';
import '../panels/side-panel.css';
import './roles.css';

/**
 * Who does what in this incident (DOMAIN.md, "roles and responsibilities"):
 * the key roles first, then those added; each with its holder, whom to call,
 * its card and its hand-overs.
 */
export function RolePanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  // Read again each time another incident opens: the cards are files a person may have just edited.
  const { resource: cards } = useHostResource('listRoleCards', {}, incident.id);
  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  function closeAdding() {
    setAdding(false);
    addButton.current?.focus();
  }

  return (
    <section className="side-panel role-panel" aria-labelledby={`${id}-heading`}>
      <div className="side-panel-head">
        <h2 id={`${id}-heading`}>Roles</h2>
        <button ref={addButton} type="button" className="quiet" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          Add a role
        </button>
      </div>
      <ul className="role-list">
        {incident.roles.map((role) => (
          <RoleRow
            key={role.id}
            incidentId={incident.id}
            role={role}
            card={cardFor(role, cards)}
            flagged={role.key && role.holder === null && incident.vacantKeyRoles.includes(role.name)}
            focusOnMount={role.id === justAdded}
          />
        ))}
      </ul>
      {adding && (
        <AddRoleForm
          incident={incident}
          cards={cards.state === 'loaded' ? cards.value.cards : []}
          onAdded={(roleId) => {
            setAdding(false);
            setJustAdded(roleId);
          }}
          onClose={closeAdding}
        />
      )}
      {cards.state === 'loaded' && <CardProblems problems={cards.value.problems} />}
      {cards.state === 'failed' && <p className="hint">Role cards are not available: {cards.message}</p>}
    </section>
  );
}

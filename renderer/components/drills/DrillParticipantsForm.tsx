import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { drillRoleHolders, participantKey, participantsToAdd } from '../../../shared/checklists/rehearsed-roles.js';
import type { DrillParticipant, DrillView } from '../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useForm } from '../forms/useForm.js';
import { RosterPersonField, useRosterPick } from '../people/RosterPersonField.js';

const MATCHES_SHOWN = 5;

/**
 * The list of who took part, ready to save: it starts with everyone who
 * held a role during the drill (less what is already recorded), each with
 * the roles they held ticked; more people come from the roster or typed,
 * and each person's roles are ticked or unticked before Save.
 */
export function DrillParticipantsForm({
  incident,
  drill,
  onDone,
  onClose,
}: {
  readonly incident: IncidentView;
  readonly drill: DrillView;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const form = useForm('person');
  const person = useRosterPick();
  const [rows, setRows] = useState<readonly DrillParticipant[]>(() => participantsToAdd(drillRoleHolders(incident), drill.participants));
  const roleNames = incident.roles.map((role) => role.name);

  function rolesFor(row: DrillParticipant): string[] {
    return [...roleNames, ...row.roles.filter((role) => !roleNames.includes(role))];
  }

  function toggle(row: DrillParticipant, role: string, on: boolean) {
    form.clear();
    setRows((now) =>
      now.map((candidate) =>
        candidate === row ? { ...row, roles: on ? rolesFor(row).filter((name) => name === role || row.roles.includes(name)) : row.roles.filter((name) => name !== role) } : candidate,
      ),
    );
  }

  function addPerson() {
    const name = person.typed.trim();
    if (name === '') return form.refuse('person', 'Type or pick the name of someone who took part.');
    const added: DrillParticipant = { personId: person.linked?.id ?? null, name: person.linked?.name ?? name, roles: [] };
    if (rows.some((row) => participantKey(row) === participantKey(added))) return form.refuse('person', `${added.name} is on the list already.`);
    form.clear();
    setRows((now) => [...now, added]);
    person.setTyped('');
    form.focus('person');
  }

  function addOnEnter(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    // Enter in the name adds the person to the list; Save sends the list.
    event.preventDefault();
    addPerson();
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rows.length === 0) return form.refuse('person', 'Add at least one person who took part, then save.');
    const participants = rows.map(({ personId, name, roles }) => ({ personId, name, roles: [...roles] }));
    form.submit(() => actions.recordDrillParticipants({ incidentId: incident.id, participants }), onDone, undefined, onDone);
  }

  return (
    <form className="drill-participants-form" aria-label="Record who took part" onSubmit={save} onKeyDown={closeOnEscape(onClose)} noValidate>
      <p className="hint">
        {rows.length > 0
          ? 'Everyone who held a role during the drill is listed with the roles they held. Untick what they did not rehearse, add anyone else, then save.'
          : 'Add each person who took part and tick the roles they rehearsed, then save.'}
      </p>
      {rows.length > 0 && (
        <ul className="drill-participant-rows" aria-label="To record">
          {rows.map((row) => (
            <li key={participantKey(row)}>
              <fieldset>
                <legend dir="auto">{row.name}</legend>
                <div className="drill-participant-roles">
                  {rolesFor(row).map((role) => (
                    <label key={role}>
                      <input type="checkbox" checked={row.roles.includes(role)} onChange={(event) => toggle(row, role, event.target.checked)} />
                      {role}
                    </label>
                  ))}
                </div>
                <button type="button" className="quiet" aria-label={`Take ${row.name} off the list`} onClick={() => setRows((now) => now.filter((candidate) => candidate !== row))}>
                  Take off the list
                </button>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <div className="drill-participant-add">
        <RosterPersonField
          form={form}
          pick={person}
          label="Someone else who took part"
          matchesShown={MATCHES_SHOWN}
          onPicked={() => form.focus('person')}
          onKeyDown={addOnEnter}
          autoFocus
        />
        <button type="button" onClick={addPerson}>
          Add to the list
        </button>
      </div>
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Save who took part" pending={form.pending} onCancel={onClose} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { RosterPersonField, useRosterPick } from '../people/RosterPersonField.js';
import { BriefComposer } from '../outreach/briefs/BriefComposer.js';
import { useBriefComposer } from '../outreach/briefs/useBriefComposer.js';

const MATCHES_SHOWN = 6;

/**
 * Assigning a vacant role, or handing a held one over. The person is typed
 * (any name will do: the roster may not have them) or picked from the
 * roster, which links the holder to their contacts. A hand-over asks why:
 * the room and the post-mortem will want to know, and the host refuses one
 * without a reason.
 */
export function AssignRoleForm({
  incidentId,
  role,
  onClose,
}: {
  readonly incidentId: string;
  readonly role: RoleView;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const scope = draftKey(incidentId, 'role', role.id, 'assign');
  const form = useForm('person', scope);
  const handOver = role.holder !== null;
  const person = useRosterPick();
  const [reason, setReason] = useDraft(draftKey(scope, 'reason'));
  const [briefing, setBriefing] = useState(false);
  const brief = useBriefComposer(incidentId, role.id, briefing);
  const incoming = person.typed.trim() === '' ? 'the incoming person' : person.typed.trim();

  function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const recordHandOver = () => actions.assignRole({ incidentId, roleId: role.id, person: person.typed, personId: person.linked?.id ?? null, reason });
    // The brief goes first: it is from the role's holder, who is still the outgoing person.
    const withBrief = async () => {
      const written = await brief.write(person.typed.trim());
      return written.ok ? recordHandOver() : { ok: false as const, error: written.error };
    };
    // A brief is recorded at once: what the hand-over would be refused for is said before it is, so a retry writes no second brief.
    if (briefing && person.typed.trim() === '') return form.refuse('person', `Name who takes ${role.name} over: the brief is for them.`);
    if (briefing && reason.trim() === '') return form.refuse('reason', `Say why ${role.name} is handed over from ${role.holder} to ${person.typed.trim()}: the hand-over is recorded.`);
    form.submit(briefing ? withBrief : recordHandOver, onClose, undefined, onClose);
  }

  const title = `${handOver ? 'Hand over' : 'Assign'} ${role.name}`;
  return (
    <form className="role-form" onSubmit={assign} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      {handOver && (
        <p className="role-form-intro">
          From <strong>{role.holder}</strong> to:
        </p>
      )}
      <RosterPersonField
        form={form}
        pick={person}
        linkedNote="Their contacts will show with the role."
        matchesShown={MATCHES_SHOWN}
        onPicked={() => form.focus(handOver ? 'reason' : 'person')}
        autoFocus
      />
      {handOver && (
        <TextField form={form} name="reason" label="Reason for the hand-over" value={reason} onChange={setReason} rows={2} required />
      )}
      {handOver && (
        <button type="button" className="quiet" aria-expanded={briefing} onClick={() => setBriefing(!briefing)}>
          {briefing ? 'No brief' : `Write a brief for ${incoming}`}
        </button>
      )}
      {handOver && briefing && <BriefComposer composer={brief} to={incoming} />}
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={handOver ? (briefing ? 'Hand over with the brief' : 'Hand over') : 'Assign'} pending={form.pending} onCancel={onClose} />
    </form>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import { ENGAGEMENT_LABEL, type EngagementLevel } from '../../../shared/people/engagement.js';
import type { EngagementView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { LevelChoice } from './LevelChoice.js';

const WORKING_LEVELS: readonly EngagementLevel[] = ['information', 'resources', 'working-group'];

/**
 * Raising, lowering or ending a partner's engagement, always with a reason
 * (the host refuses a change without one): the level sets what each side
 * expects, and the timeline shows why it moved.
 */
export function ChangeEngagementForm({
  incidentId,
  engagement,
  release,
  onClose,
}: {
  readonly incidentId: string;
  readonly engagement: EngagementView;
  /** Ending the engagement rather than moving it to another level. */
  readonly release: boolean;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const scope = draftKey(incidentId, 'partner', engagement.partnerId, release ? 'release' : 'change');
  const form = useForm('reason', scope);
  const name = engagement.partnerName;
  const levels = WORKING_LEVELS.filter((level) => level !== engagement.level);
  const [level, setLevel] = useState<EngagementLevel | null>(release ? 'released' : null);
  const [reason, setReason] = useDraft(draftKey(scope, 'reason'));
  const again = engagement.level === 'released';
  const title = release ? `Release ${name}` : again ? `Engage ${name} again` : `Change the level of ${name}`;

  function change(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (level === null) return form.refuse('level', `Pick the level ${name} moves to.`);
    form.submit(() => actions.engagePartner({ incidentId, partnerId: engagement.partnerId, level, reason }), onClose, undefined, onClose);
  }

  return (
    <form
      className="role-form"
      onSubmit={change}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={title}
    >
      {release ? (
        <p className="role-form-intro">
          {name} is no longer engaged in this incident (now: {ENGAGEMENT_LABEL[engagement.level]}). Tell them so.
        </p>
      ) : (
        <LevelChoice
          legend={`New level (now: ${ENGAGEMENT_LABEL[engagement.level]})`}
          levels={levels}
          value={level}
          onChange={(chosen) => {
            setLevel(chosen);
            form.clear();
          }}
        />
      )}
      <TextField
        form={form}
        name="reason"
        label={release ? `Reason for releasing ${name}` : 'Reason for the change'}
        value={reason}
        onChange={setReason}
        rows={2}
        required
        autoFocus={release}
      />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel
        submit={release ? `Release ${name}` : again ? 'Engage again' : 'Change level'}
        tone={release ? 'danger' : 'primary'}
        pending={form.pending}
        onCancel={onClose}
      />
    </form>
  );
}

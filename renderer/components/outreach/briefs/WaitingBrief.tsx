import { useId } from 'react';
import type { RoleView } from '../../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { FormAlert } from '../../FormAlert.js';
import { useForm } from '../../forms/useForm.js';
import { BriefText } from './BriefText.js';
import { briefWaitingFor } from './waitingBrief.js';
import './briefs.css';

/**
 * On the incoming person's laptop, in the role they take: the brief written
 * for them, to read and acknowledge. Until they do, every laptop flags the
 * role after 15 minutes.
 */
export function WaitingBrief({ incidentId, role }: { readonly incidentId: string; readonly role: RoleView }) {
  const id = useId();
  const actions = useActions();
  const me = useHoldfast((state) => state.session?.name ?? null);
  const briefs = useHoldfast((state) => selectOutreach(state, incidentId).briefs);
  const form = useForm('acknowledge');
  const brief = briefWaitingFor(me, role, briefs);
  if (brief === null) return null;
  const from = brief.from ?? brief.writtenBy;
  return (
    <section className="waiting-brief" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Brief from {from} waiting: acknowledge</h4>
      <p className="hint">
        {brief.roleName}, what changed in the last {brief.hours} {brief.hours === 1 ? 'hour' : 'hours'}.
      </p>
      <div className="brief-sections">
        <BriefText brief={brief} />
      </div>
      <FormAlert id={form.errorId} message={form.message} />
      <button
        ref={form.control('acknowledge')}
        type="button"
        className="primary"
        aria-busy={form.pending}
        aria-describedby={form.describedBy('acknowledge')}
        onClick={() => form.submit(() => actions.acknowledgeBrief({ incidentId, briefId: brief.id }), () => {})}
      >
        Acknowledge the brief from {from}
      </button>
    </section>
  );
}

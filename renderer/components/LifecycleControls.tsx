import { useEffect, useId, useRef } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import { INCIDENT_STATUSES, STATUS_LABEL } from '../../shared/status.js';
import { useActions } from '../store/context.js';

/**
 * Moving the incident through its lifecycle. The current stage shows as
 * pressed; a resolved incident only offers to be reopened.
 */
export function LifecycleControls({ incident }: { readonly incident: IncidentView }) {
  const actions = useActions();
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  const resolved = incident.status === 'resolved';
  const wasResolved = useRef(resolved);

  // Resolving or reopening swaps the buttons; keep the keyboard where it was instead of dropping it on <body>.
  useEffect(() => {
    if (wasResolved.current === resolved) return;
    wasResolved.current = resolved;
    const active = document.activeElement;
    if (active === null || active === document.body) group.current?.querySelector('button')?.focus();
  }, [resolved]);

  return (
    <div className="control-group">
      <span id={labelId} className="label">
        Status
      </span>
      <div ref={group} role="group" aria-labelledby={labelId} className="lifecycle">
        {resolved ? (
          <button type="button" onClick={() => void actions.reopenIncident(incident.id)}>
            Reopen
          </button>
        ) : (
          INCIDENT_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={incident.status === status}
              onClick={() => {
                if (incident.status !== status) void actions.changeStatus(incident.id, status);
              }}
            >
              {STATUS_LABEL[status]}
            </button>
          ))
        )}
      </div>
    </div>
  );
}

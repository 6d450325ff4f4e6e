import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import { SEVERITIES, SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { useActions } from '../store/context.js';

export function SeverityControl({ incident }: { readonly incident: IncidentView }) {
  const actions = useActions();
  const id = useId();
  // Null follows the incident, so a change made on another laptop shows here.
  const [picked, setPicked] = useState<Severity | null>(null);
  const [reason, setReason] = useState('');
  const chosen = picked ?? incident.severity;
  const unchanged = chosen === incident.severity;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unchanged) return;
    const result = await actions.changeSeverity({ incidentId: incident.id, severity: chosen, reason });
    if (result.ok) {
      setPicked(null);
      setReason('');
    }
  }

  return (
    <form className="severity-control" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-severity`}>Severity</label>
        <select
          id={`${id}-severity`}
          value={chosen}
          onChange={(event) => setPicked(event.target.value as Severity)}
          aria-describedby={`${id}-meaning`}
        >
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-reason`}>Reason for the change (optional)</label>
        <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} autoComplete="off" />
      </div>
      <button type="submit" disabled={unchanged}>
        Set severity
      </button>
      <p id={`${id}-meaning`} className="hint">
        {SEVERITY_MEANING[chosen]}
      </p>
    </form>
  );
}

import { useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import { SEVERITIES, SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { useActions } from '../store/context.js';

/**
 * Changing the severity. At rest it is one select beside the status
 * buttons; picking another severity opens the rest of the change (why, and
 * the button that makes it) on the same line, so the head stays one row tall
 * and the timeline keeps the screen. Escape takes the pick back.
 */
export function SeverityControl({ incident }: { readonly incident: IncidentView }) {
  const actions = useActions();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
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
      // The button just pressed goes away with the change made: keep the keyboard on the select.
      select.current?.focus();
    }
  }

  function keys(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || unchanged) return;
    event.preventDefault();
    setPicked(null);
    select.current?.focus();
  }

  return (
    <form className={`severity-control${unchanged ? '' : ' changing'}`} onSubmit={submit} onKeyDown={keys}>
      <label htmlFor={`${id}-severity`}>Severity</label>
      <select
        ref={select}
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
      {!unchanged && (
        <>
          <label htmlFor={`${id}-reason`}>Reason for the change (optional)</label>
          <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} autoComplete="off" />
          <button type="submit" className="primary">
            Set severity
          </button>
        </>
      )}
      {/* The select's description: read out at rest, and shown while choosing. */}
      <p id={`${id}-meaning`} className={unchanged ? 'visually-hidden' : 'hint'}>
        {SEVERITY_MEANING[chosen]}
      </p>
    </form>
  );
}

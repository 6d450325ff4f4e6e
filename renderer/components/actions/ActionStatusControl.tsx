import { useEffect, useId, useState, type FormEvent } from 'react';
import { ACTION_STATUS_LABEL } from '../../../shared/actions/action-status-words.js';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/events.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import './actions.css';

interface Props {
  readonly incidentId: string;
  readonly actionId: string;
  readonly what: string;
  readonly status: ActionStatus;
}

/**
 * An action item's status, moved in one choice; Won't do first asks why,
 * because "we decided not to" is only useful with the reason beside it.
 */
export function ActionStatusControl({ incidentId, actionId, what, status }: Props) {
  const actions = useActions();
  const id = useId();
  const [chosen, setChosen] = useState<ActionStatus>(status);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Another laptop (or the outbox) moved it: show what now stands.
  useEffect(() => setChosen(status), [status]);

  async function save(next: ActionStatus, why: string) {
    setSaving(true);
    setError(null);
    const result = await actions.setActionStatus({ incidentId, actionId, status: next, reason: why });
    setSaving(false);
    if (result.ok || result.error.code === 'queued') {
      setReason('');
      return;
    }
    setError(result.error.message);
    setChosen(status);
  }

  function choose(next: ActionStatus) {
    setChosen(next);
    setError(null);
    if (next !== 'wont_do' && next !== status) void save(next, '');
  }

  function submitReason(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Say why this will not be done.');
      return;
    }
    void save('wont_do', reason.trim());
  }

  const askingWhy = chosen === 'wont_do' && status !== 'wont_do';
  return (
    <div className="action-status-control">
      <label className="visually-hidden" htmlFor={`${id}-status`}>
        Status of {what}
      </label>
      <select id={`${id}-status`} value={chosen} disabled={saving} onChange={(event) => choose(event.target.value as ActionStatus)}>
        {ACTION_STATUSES.map((option) => (
          <option key={option} value={option}>
            {ACTION_STATUS_LABEL[option]}
          </option>
        ))}
      </select>
      {askingWhy && (
        <form className="action-status-reason" onSubmit={submitReason} aria-label={`Why ${what} will not be done`}>
          <label htmlFor={`${id}-reason`}>Why won't this be done?</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={2000}
            autoFocus
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" disabled={saving}>
              Save won't do
            </button>
            <button type="button" className="quiet" onClick={() => choose(status)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <FormAlert id={`${id}-error`} message={error} />
    </div>
  );
}

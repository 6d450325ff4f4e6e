import { useId, useState } from 'react';
import type { RunbookSummary } from '../../../shared/api.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { useSubmission } from '../forms/useSubmission.js';
import { useRunbookCatalogue } from '../runbooks/useRunbookLibrary.js';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en');

function matches(runbook: RunbookSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter((word) => word !== '');
  const haystack = fold([runbook.title, runbook.id, ...runbook.services, ...runbook.tags].join(' '));
  return words.every((word) => haystack.includes(word));
}

/**
 * Picking the runbooks for this incident from the library: each by title,
 * target recovery time and number of steps, found by a word of its title,
 * service or tag. One already attached is shown as such and cannot be
 * attached twice.
 */
export function AttachRunbookForm({
  incidentId,
  attachedRunbookIds,
  onAttached,
  onClose,
}: {
  readonly incidentId: string;
  readonly attachedRunbookIds: ReadonlySet<string>;
  readonly onAttached: (checklist: ChecklistView) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const id = useId();
  const { resource: catalogue } = useRunbookCatalogue();
  const [query, setQuery] = useState('');
  const { submit, pending, refusal } = useSubmission();

  const shown = catalogue.state === 'loaded' ? catalogue.value.runbooks.filter((runbook) => matches(runbook, query)) : [];
  return (
    <div
      className="attach-runbook"
      role="group"
      aria-label="Attach a runbook"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-find`}>Find a runbook</label>
        <input id={`${id}-find`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" autoFocus />
      </div>
      {catalogue.state === 'loading' && <p role="status">Loading the runbooks…</p>}
      {catalogue.state === 'failed' && <FormAlert message={`The runbooks could not be loaded: ${catalogue.message}`} />}
      {catalogue.state === 'loaded' && (
        <>
          {shown.length === 0 ? (
            <p className="hint">{catalogue.value.runbooks.length === 0 ? 'The library has no runbooks.' : 'No runbook matches.'}</p>
          ) : (
            <ul className="runbook-picks" aria-label="Runbooks">
              {shown.map((runbook) => {
                const attached = attachedRunbookIds.has(runbook.id);
                return (
                  <li key={runbook.id} className={attached ? 'attached' : undefined}>
                    <span className="runbook-pick-title">{runbook.title}</span>
                    <span className="runbook-pick-facts">
                      target {formatRunbookDuration(runbook.targetMs)} · {runbook.stepCount} {runbook.stepCount === 1 ? 'step' : 'steps'}
                      {runbook.services.length > 0 && ` · ${runbook.services.join(', ')}`}
                    </span>
                    <button
                      type="button"
                      className={attached ? 'quiet' : 'primary'}
                      disabled={attached}
                      aria-label={attached ? `${runbook.title} is attached` : `Attach ${runbook.title}`}
                      aria-busy={pending}
                      onClick={() => void submit(() => actions.attachRunbook({ incidentId, runbookId: runbook.id }), onAttached)}
                    >
                      {attached ? 'Attached' : 'Attach'}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {catalogue.value.problems.length > 0 && (
            <p className="hint">
              {catalogue.value.problems.length} runbook {catalogue.value.problems.length === 1 ? 'file was' : 'files were'} refused; the Runbooks
              screen says why.
            </p>
          )}
        </>
      )}
      <FormAlert message={refusal?.message ?? null} />
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

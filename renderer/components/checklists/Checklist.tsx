import { useId, useRef, useState } from 'react';
import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { Moment } from '../roles/Moment.js';
import { AddStepForm } from './AddStepForm.js';
import { useChecklistWork } from './ChecklistWork.js';
import { CriticalPathBar } from './CriticalPathBar.js';
import { DependencyView } from './DependencyView.js';
import { groupByPhase, stepNumbers } from './phases.js';
import { ProgressBar } from './ProgressBar.js';
import { StepRow } from './StepRow.js';

const isFinished = (step: StepView) => step.status === 'done' || step.status === 'skipped';

/**
 * One runbook at work in the incident: how far along it is and what is left
 * of its critical path, drawn; its steps in dependency order under the
 * runbook's headings (the finished ones hidden on demand, for a long
 * checklist late in the night); the dependency view; and a step added when
 * the runbook did not foresee one.
 */
export function Checklist({ checklist }: { readonly checklist: ChecklistView }) {
  const work = useChecklistWork();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [showGraph, setShowGraph] = useState(true);
  const [hideFinished, setHideFinished] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const groups = groupByPhase(checklist.steps);
  const numbers = stepNumbers(groups);
  const critical = new Set(checklist.progress.criticalPath);
  // The step a "next for you" hangs under stays, finished or not.
  const shown = (step: StepView) =>
    !hideFinished || !isFinished(step) || (work.offer !== null && work.offer.checklistId === checklist.id && work.offer.stepId === step.id);
  const hidden = checklist.steps.filter((step) => !shown(step)).length;
  const shownGroups = groups.map((group) => ({ ...group, steps: group.steps.filter(shown) })).filter((group) => group.steps.length > 0);

  return (
    <section className="checklist" aria-labelledby={`${id}-title`}>
      <div className="checklist-head">
        <h3 id={`${id}-title`}>{checklist.title}</h3>
        <span className="checklist-facts">
          {checklist.targetMs !== null && <>target {formatRunbookDuration(checklist.targetMs)} · </>}
          attached by {checklist.attachedBy} at <Moment at={checklist.attachedAt} />
          {checklist.completedAt !== null && (
            <strong className="checklist-complete">
              {' '}
              · complete at <Moment at={checklist.completedAt} />
            </strong>
          )}
        </span>
        <span className="checklist-actions">
          <button type="button" className="quiet" aria-label={`Dependency view of ${checklist.title}`} aria-expanded={showGraph} onClick={() => setShowGraph(!showGraph)}>
            Dependencies
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Hide finished steps of ${checklist.title}`}
            aria-pressed={hideFinished}
            onClick={() => setHideFinished(!hideFinished)}
          >
            Hide finished
          </button>
          <button ref={addButton} type="button" className="quiet" aria-label={`Add a step to ${checklist.title}`} aria-expanded={adding} onClick={() => setAdding(!adding)}>
            Add a step
          </button>
        </span>
      </div>
      <div className="checklist-charts">
        <ProgressBar label={`Progress of ${checklist.title}`} progress={checklist.progress} />
        <CriticalPathBar checklist={checklist} numbers={numbers} />
      </div>
      {showGraph && <DependencyView checklist={checklist} numbers={numbers} />}
      {adding && (
        <AddStepForm
          incidentId={work.incident.id}
          checklist={checklist}
          roles={work.incident.roles}
          numbers={numbers}
          onAdded={(stepId) => {
            setAdding(false);
            if (stepId === null) addButton.current?.focus();
            else work.requestFocus(checklist.id, stepId);
          }}
          onClose={() => {
            setAdding(false);
            addButton.current?.focus();
          }}
        />
      )}
      {hidden > 0 && (
        <p className="checklist-hidden">
          {hidden} finished {hidden === 1 ? 'step' : 'steps'} hidden
        </p>
      )}
      {shownGroups.map((group) => (
        <div key={group.phase ?? ''} className="checklist-phase">
          {group.phase !== null && <h4 className="phase-name">{group.phase}</h4>}
          <ol className="checklist-steps" aria-label={group.phase === null ? `Steps of ${checklist.title}` : `${group.phase}: steps`}>
            {group.steps.map((step) => (
              <StepRow key={step.id} checklist={checklist} step={step} number={numbers.get(step.id) ?? 0} critical={critical.has(step.id)} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

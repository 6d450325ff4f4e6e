import { useId } from 'react';
import { formatDuration } from '../../../shared/duration.js';
import { STEP_STATUS_LABEL } from '../../../shared/projection/checklist-fold.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import { executedSteps } from './executedSteps.js';

/** Each checklist as it was worked: who did each step, when, how long; skipped and blocked steps with their reasons. */
export function ChecklistsAsExecuted({ checklists }: { readonly checklists: readonly ChecklistView[] }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Checklists as executed</h2>
      {checklists.length === 0 && <p className="hint postmortem-empty">No runbook was attached to this incident.</p>}
      {checklists.map((checklist) => (
        <ExecutedChecklist key={checklist.id} checklist={checklist} />
      ))}
    </section>
  );
}

function ExecutedChecklist({ checklist }: { readonly checklist: ChecklistView }) {
  return (
    <table className="executed-checklist">
      <caption>
        {checklist.title}: attached by {checklist.attachedBy} on <PostMortemMoment at={checklist.attachedAt} />
        {checklist.completedAt === null ? ', not completed' : <>, completed on <PostMortemMoment at={checklist.completedAt} /></>}
      </caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Status</th>
          <th scope="col">Who</th>
          <th scope="col">Finished</th>
          <th scope="col">Took</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {executedSteps(checklist).map((step) => (
          <tr key={step.id} className={`executed-${step.status}`}>
            <th scope="row">{step.title}</th>
            <td>
              {STEP_STATUS_LABEL[step.status]}
              {step.overridden ? ' (ahead of its needs)' : ''}
            </td>
            <td>{step.who ?? '—'}</td>
            <td>{step.finishedAt === null ? '—' : <PostMortemMoment at={step.finishedAt} />}</td>
            <td>{step.tookMs === null ? '—' : formatDuration(step.tookMs)}</td>
            <td>{step.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

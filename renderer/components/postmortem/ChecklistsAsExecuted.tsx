import { useId } from 'react';
import { formatDuration } from '../../../shared/duration.js';
import { stepStatus, stepTook, stepWhy } from '../../../shared/postmortem/document-labels.js';
import type { ExecutedChecklist } from '../../../shared/postmortem/executed-checklists.js';
import { useScreenIanaZone } from '../../time/clockSetting.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/**
 * Each checklist as it was worked: who did each step, when, how long
 * against what was expected; why a step was skipped or blocked, or went
 * ahead of its needs; its notes. The same steps, in the same words, as the
 * exported files.
 */
export function ChecklistsAsExecuted({ checklists }: { readonly checklists: readonly ExecutedChecklist[] }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Checklists as executed</h2>
      {checklists.length === 0 && <p className="hint postmortem-empty">No runbook was attached to this incident.</p>}
      {checklists.map((checklist) => (
        <ChecklistTable key={checklist.id} checklist={checklist} />
      ))}
    </section>
  );
}

function ChecklistTable({ checklist }: { readonly checklist: ExecutedChecklist }) {
  const zone = useScreenIanaZone();
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
          <th scope="col">By</th>
          <th scope="col">When</th>
          <th scope="col">Took</th>
          <th scope="col">Expected</th>
          <th scope="col">Why / notes</th>
        </tr>
      </thead>
      <tbody>
        {checklist.steps.map((step) => (
          <tr key={step.id} className={`executed-${step.status}`}>
            <th scope="row">
              {step.title}
              {step.added ? ' (added)' : ''}
            </th>
            <td>{stepStatus(step)}</td>
            <td>{step.by ?? '—'}</td>
            <td>{step.at === null ? '—' : <PostMortemMoment at={step.at} />}</td>
            <td>{stepTook(step) || '—'}</td>
            <td>{step.expectMs === null ? '—' : formatDuration(step.expectMs)}</td>
            <td>
              {stepWhy(step, zone).map((line, index) => (
                // Two notes may say the same; the lines never move, so their place names them.
                <p key={index} className="executed-why">
                  {line}
                </p>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

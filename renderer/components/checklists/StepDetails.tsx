import type { StepView } from '../../../shared/projection/checklist-views.js';
import { useChecklistWork } from './ChecklistWork.js';
import { detailBlocks } from './detailBlocks.js';
import { useServiceNames } from './useServiceNames.js';

/**
 * How to do the step, as the runbook says: its words, and its commands set
 * apart to read and copy exactly; then the services finishing it brings back.
 */
export function StepDetails({ step }: { readonly step: StepView }) {
  const work = useChecklistWork();
  const serviceName = useServiceNames(work.incident.id);
  return (
    <div className="step-details" role="region" aria-label={`Details of ${step.title}`}>
      {detailBlocks(step.details).map((block, index) =>
        block.kind === 'code' ? (
          <pre key={index}>
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
      {step.restores.length > 0 && <p className="step-restores">Restores: {step.restores.map(serviceName).join(', ')}</p>}
    </div>
  );
}

import type { StepView } from '../../../shared/projection/checklist-views.js';
import { detailBlocks } from './detailBlocks.js';

/** How to do the step, as the runbook says: its words, and its commands set apart to read and copy exactly. */
export function StepDetails({ step }: { readonly step: StepView }) {
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
    </div>
  );
}

import type { StepView } from '../../../shared/projection/checklist-views.js';
import { Moment } from '../roles/Moment.js';
import { describeChange } from './stepWords.js';

/**
 * Everything that happened to a step, oldest first, each with who and when.
 * Two laptops changing it at once both show here, in the order every laptop
 * agrees on; an override is marked as one.
 */
export function StepHistory({ step }: { readonly step: StepView }) {
  return (
    <ol className="step-history" aria-label={`History of ${step.title}`}>
      {step.history.map((change, index) => (
        <li key={`${change.at}-${index}`} className={change.override ? 'override' : undefined}>
          <Moment at={change.at} /> {describeChange(change)} <span className="recorded-by">by {change.by}</span>
        </li>
      ))}
    </ol>
  );
}

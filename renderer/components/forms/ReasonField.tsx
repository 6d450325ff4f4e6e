import type { KeyboardEventHandler, ReactNode, RefObject } from 'react';
import { describedBy as describedByAll } from '../refusal.js';

/**
 * The reason a decision is recorded with (a hand-over, a step down, a
 * device removed, a checklist step blocked or skipped): a few lines,
 * required, marked invalid when the host refused it and pointing at the
 * sentence that says why. A `hint` under the field is read with it.
 */
export function ReasonField({
  id,
  label,
  value,
  onChange,
  fieldRef,
  invalid,
  describedBy,
  autoFocus,
  hint,
  onKeyDown,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** For the form to put the keyboard back here when the reason is refused. */
  readonly fieldRef: RefObject<HTMLTextAreaElement | null>;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly autoFocus?: boolean;
  readonly hint?: ReactNode;
  readonly onKeyDown?: KeyboardEventHandler<HTMLTextAreaElement>;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={fieldRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        rows={2}
        aria-required="true"
        aria-invalid={invalid || undefined}
        aria-describedby={describedByAll(hint !== undefined && hintId, describedBy)}
        autoFocus={autoFocus}
      />
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

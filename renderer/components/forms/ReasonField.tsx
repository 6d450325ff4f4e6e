import type { ReactNode, RefObject } from 'react';

/**
 * The reason a decision is recorded with (a hand-over, a step down, a
 * device removed): a few lines, required, marked invalid when the host
 * refused it and pointing at the sentence that says why.
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
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={fieldRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={2}
        aria-required="true"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
      />
    </div>
  );
}

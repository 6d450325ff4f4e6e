import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { submitOnCtrlEnter } from './submitOnCtrlEnter.js';
import type { Form } from './useForm.js';

/**
 * What a field's control carries: its id for the label, the ref the form
 * focuses, what it is described by, and the keys and edits every form
 * answers the same way (Ctrl+Enter sends; putting the field right takes its
 * error back).
 */
export interface ControlProps {
  readonly id: string;
  readonly ref: (element: HTMLElement | null) => void;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onInput: (event: FormEvent<HTMLElement>) => void;
}

/** Where a field sits and what is said around its control: the props every kind of field takes. */
export interface FieldFrame {
  readonly form: Form;
  /** The parameter of the call the field gives. */
  readonly name: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Ids of text elsewhere on the form that describes the field too. */
  readonly describedByAlso?: readonly string[];
  readonly className?: string;
}

/**
 * One field of a form: its label, its control (drawn by `children` with the
 * props it needs) and its hint. The control is marked invalid when the host
 * refused the parameter `name`, and described by the form's alert when that
 * is about it, then by its hint and any other text (`describedByAlso`).
 */
export function Field({
  form,
  name,
  label,
  hint,
  describedByAlso = [],
  className = 'field',
  children,
}: FieldFrame & {
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const id = `${form.id}-${name}`;
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ref: form.control(name),
        'aria-invalid': form.invalid(name) || undefined,
        'aria-describedby': form.describedBy(name, hint !== undefined && hintId, ...describedByAlso),
        onKeyDown: submitOnCtrlEnter,
        onInput: (event) => form.edited(name, event.currentTarget),
      })}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

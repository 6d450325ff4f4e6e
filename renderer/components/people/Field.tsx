interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
  readonly inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  readonly type?: 'text' | 'tel' | 'email';
  readonly autoComplete?: string;
  readonly required?: boolean;
  /** Rows of a multi-line field (notes); a one-line input when left out. */
  readonly rows?: number;
  readonly autoFocus?: boolean;
}

/** One labelled text field of a roster form, marked invalid when the host refused its value. */
export function Field({ id, label, value, onChange, invalid, describedBy, inputRef, type = 'text', autoComplete = 'off', required, rows, autoFocus }: FieldProps) {
  const shared = {
    id,
    value,
    ref: inputRef,
    autoFocus,
    'aria-required': required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows === undefined ? (
        <input {...shared} type={type} autoComplete={autoComplete} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

/**
 * The two buttons that end a form opened in place: the one that does it,
 * busy while the host answers, and Cancel. `submit` null leaves only
 * Cancel, for a form with nothing to submit yet.
 */
export function SubmitOrCancel({
  submit,
  tone = 'primary',
  pending,
  onCancel,
}: {
  readonly submit: string | null;
  /** `danger` for what removes or ends something; `plain` where another button in the form is the one most pressed. */
  readonly tone?: 'primary' | 'danger' | 'plain';
  readonly pending: boolean;
  readonly onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      {submit !== null && (
        <button type="submit" className={tone === 'plain' ? undefined : tone} aria-busy={pending}>
          {submit}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

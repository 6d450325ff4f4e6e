/**
 * Deleting takes a second press on a button that names who or what goes,
 * and says what it means; the first button focused is the one that keeps it.
 */
export function ConfirmDelete({
  what,
  meaning,
  onConfirm,
  onCancel,
}: {
  readonly what: string;
  readonly meaning: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <div className="confirm-delete" role="group" aria-label={`Delete ${what}?`}>
      <p>
        Delete <strong>{what}</strong>? {meaning}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Keep {what}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Yes, delete {what}
        </button>
      </div>
    </div>
  );
}

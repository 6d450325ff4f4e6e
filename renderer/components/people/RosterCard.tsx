import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Result } from '../../../shared/result.js';
import { ConfirmDelete } from './ConfirmDelete.js';

type Mode = 'reading' | 'editing' | 'deleting';

/**
 * What a person's and a partner's card share: the name as the card's
 * heading, edit in place and delete after a confirm that says what it
 * means. Back from editing or from a delete not done, the keyboard is on
 * the button it left from.
 */
export function RosterCard({
  kind,
  name,
  restingClass,
  badges,
  editForm,
  deleteMeaning,
  onDelete,
  onDeleted,
  children,
}: {
  /** Names the card's classes: `person-card`, `person-name`. */
  readonly kind: 'person' | 'partner';
  readonly name: string;
  /** A class the card has at rest, for what it says at a glance (on call). */
  readonly restingClass?: string;
  /** Shown beside the name. */
  readonly badges?: ReactNode;
  readonly editForm: (onDone: () => void) => ReactNode;
  readonly deleteMeaning: string;
  readonly onDelete: () => Promise<Result<unknown>>;
  /** Where the keyboard goes once the card is gone. */
  readonly onDeleted: () => void;
  readonly children: ReactNode;
}) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('reading');
  const [backFrom, setBackFrom] = useState<Mode | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode !== 'reading' || backFrom === null) return;
    (backFrom === 'deleting' ? deleteButton : editButton).current?.focus();
    setBackFrom(null);
  }, [mode, backFrom]);

  const back = () => {
    setBackFrom(mode);
    setMode('reading');
  };

  if (mode === 'editing') {
    return (
      <li className={`${kind}-card editing`} aria-label={`Editing ${name}`}>
        {editForm(back)}
      </li>
    );
  }

  return (
    <li className={restingClass ? `${kind}-card ${restingClass}` : `${kind}-card`} aria-labelledby={`${id}-name`}>
      <div className="person-head">
        <h2 id={`${id}-name`} className={`${kind}-name`}>
          {name}
        </h2>
        {badges}
      </div>
      {children}
      {mode === 'deleting' ? (
        <ConfirmDelete
          what={name}
          meaning={deleteMeaning}
          onCancel={back}
          onConfirm={() =>
            void onDelete().then((result) => {
              if (result.ok) onDeleted();
              else back();
            })
          }
        />
      ) : (
        <div className="card-actions">
          <button ref={editButton} type="button" className="quiet" aria-label={`Edit ${name}`} onClick={() => setMode('editing')}>
            Edit
          </button>
          <button ref={deleteButton} type="button" className="quiet" aria-label={`Delete ${name}`} onClick={() => setMode('deleting')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

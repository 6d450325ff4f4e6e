import { useId, useState } from 'react';
import type { StatusUpdateView } from '../../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../../shared/updates/audience.js';
import { useFocusAfterClose } from '../../forms/useFocusAfterClose.js';
import { NEXT_UPDATE_PROMISE } from './AlsoRecordPromise.js';
import { MakePromiseForm } from './MakePromiseForm.js';

/**
 * "Record a promise" under an update already sent: something promised in
 * it (or on the call that went with it), to its audience, due when it said
 * the next update would come unless changed.
 */
export function RecordPromiseFromUpdate({ incidentId, update }: { readonly incidentId: string; readonly update: StatusUpdateView }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const { target, focusWhenBack } = useFocusAfterClose<HTMLButtonElement>();
  const close = () => {
    setOpen(false);
    focusWhenBack();
  };
  if (open) {
    return (
      <MakePromiseForm
        incidentId={incidentId}
        updateId={update.id}
        label={`Record a promise made in the update to ${AUDIENCE_LABEL[update.audience]}`}
        draft={{ what: update.nextUpdateAt === null ? '' : NEXT_UPDATE_PROMISE, to: AUDIENCE_LABEL[update.audience], dueAt: update.nextUpdateAt ?? Date.now() + 30 * 60_000 }}
        onDone={() => {
          setSaid('Promise recorded.');
          close();
        }}
        onClose={close}
      />
    );
  }
  return (
    <p className="record-promise">
      {/* Not a live region (the panel has its own, one per list would crowd it): the button the keyboard comes back to is described by it. */}
      <button ref={target} type="button" className="quiet" aria-describedby={said === '' ? undefined : `${id}-said`} onClick={() => {
          setSaid('');
          setOpen(true);
        }}>
        Record a promise
      </button>{' '}
      <span id={`${id}-said`}>{said}</span>
    </p>
  );
}

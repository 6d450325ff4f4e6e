import { useId, useState } from 'react';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { AUDIENCE_LABEL, type Audience } from '../../../../shared/updates/audience.js';
import { useActions, useHoldfast } from '../../../store/context.js';

/** The next update, promised to the audience an update went to. */
export const NEXT_UPDATE_PROMISE = 'The next update';

export type AlsoPromise = ReturnType<typeof useAlsoPromise>;

/**
 * "Also record as a promise" in the status composer: the next update, to
 * the update's audience, due when the update says the next will come. Once
 * the update is published the promise is recorded with it; a refusal shows
 * in the app's alert, since the composer has closed by then.
 */
export function useAlsoPromise(incidentId: string) {
  const actions = useActions();
  const showRefusal = useHoldfast((state) => state.showRefusal);
  const [wanted, setWanted] = useState(false);
  const [what, setWhat] = useState(NEXT_UPDATE_PROMISE);
  return {
    wanted,
    setWanted,
    what,
    setWhat,
    /** After publishing: the promise, tied to the update just published when the host has said which it is. */
    async recordAfter(published: IncidentView | null, before: IncidentView, audience: Audience, nextUpdateAt: number | null): Promise<void> {
      if (!wanted || nextUpdateAt === null || what.trim() === '') return;
      const known = new Set(before.statusUpdates.map((one) => one.id));
      const update = published?.statusUpdates.find((one) => one.audience === audience && !known.has(one.id)) ?? null;
      const result = await actions.makePromise({ incidentId, what: what.trim(), to: AUDIENCE_LABEL[audience], dueAt: nextUpdateAt, updateId: update?.id ?? null });
      if (!result.ok && result.error.code !== 'queued') showRefusal(result.error);
    },
  };
}

export function AlsoRecordPromise({ also, audience, nextUpdateAt }: { readonly also: AlsoPromise; readonly audience: Audience; readonly nextUpdateAt: string }) {
  const id = useId();
  return (
    <div className="also-promise">
      <label className="check">
        <input type="checkbox" checked={also.wanted} onChange={(event) => also.setWanted(event.target.checked)} />
        Also record as a promise to {AUDIENCE_LABEL[audience]}
      </label>
      {also.wanted && (
        <div className="field grow">
          <label htmlFor={`${id}-what`}>What is promised</label>
          <input id={`${id}-what`} value={also.what} onChange={(event) => also.setWhat(event.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
          <p id={`${id}-hint`} className="hint">
            Due when the next update is: {nextUpdateAt.replace('T', ' ')}.
          </p>
        </div>
      )}
    </div>
  );
}

import { useShallow } from 'zustand/react/shallow';
import { isEntryKind } from '../kindPrefix.js';
import { useHoldfast } from '../../store/context.js';
import type { OutboxWrite } from '../../api/outboxWrite.js';
import { KindBadge } from '../Badges.js';
import { RefusedWriteNotice } from './RefusedWriteNotice.js';

/**
 * The lines this page wrote to the incident's timeline that the host has not
 * taken yet, after the timeline's own, in the order they were written: each
 * marked as waiting to send, or with the host's reason once refused.
 */
export function PendingEntries({ incidentId }: { readonly incidentId: string }) {
  const author = useHoldfast((state) => state.session?.name ?? 'you');
  const pending = useHoldfast(useShallow((state) => state.outbox.filter((write) => write.method === 'addEntry' && write.incidentId === incidentId)));
  if (pending.length === 0) return null;
  return (
    <ol className="pending-entries" aria-label="Not on the timeline yet">
      {pending.map((write) => (
        <PendingEntry key={write.key} write={write} author={author} />
      ))}
    </ol>
  );
}

function PendingEntry({ write, author }: { readonly write: OutboxWrite; readonly author: string }) {
  const kind = typeof write.input.kind === 'string' && isEntryKind(write.input.kind) ? write.input.kind : 'note';
  const text = typeof write.input.text === 'string' ? write.input.text : '';
  const state = write.refusal === null ? 'waiting to send' : 'not recorded';
  return (
    <li aria-label={`${kind} by ${author}: ${text} (${state})`} className={write.refusal === null ? 'pending-entry' : 'pending-entry refused'}>
      <div className="entry-line">
        <span className="pending-mark">{state}</span>
        <KindBadge kind={kind} />
        <span className="entry-author">{author}</span>
      </div>
      <p className="entry-text">{text}</p>
      {write.refusal !== null && <RefusedWriteNotice write={write} />}
    </li>
  );
}

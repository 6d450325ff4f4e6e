import { useShallow } from 'zustand/react/shallow';
import { useHoldfast } from '../../store/context.js';
import { QUEUED_WRITE_LABEL } from './outboxWords.js';
import { RefusedWriteNotice } from './RefusedWriteNotice.js';

/**
 * Writes that waited to send and that the host refused on arrival (a step
 * someone else finished meanwhile), other than timeline entries, which say
 * so on their own line of the timeline (PendingEntries).
 */
export function RefusedWrites() {
  const refused = useHoldfast(useShallow((state) => state.outbox.filter((write) => write.refusal !== null && write.method !== 'addEntry')));
  if (refused.length === 0) return null;
  return (
    <section className="outbox-refused-list" aria-label="Not recorded">
      <ul>
        {refused.map((write) => (
          <li key={write.key} aria-label={`${QUEUED_WRITE_LABEL[write.method]}: not recorded`}>
            <span className="outbox-what">{QUEUED_WRITE_LABEL[write.method]}</span>
            <RefusedWriteNotice write={write} />
          </li>
        ))}
      </ul>
    </section>
  );
}

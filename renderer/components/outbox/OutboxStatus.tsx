import { isWaiting } from '../../api/outboxWrite.js';
import { useHoldfast } from '../../store/context.js';
import './outbox.css';

/**
 * Says how many writes this page holds that the host has not taken yet. The
 * status region is always in the page (empty when nothing waits), so a
 * screen reader hears it when it fills.
 */
export function OutboxStatus() {
  const waiting = useHoldfast((state) => state.outbox.filter(isWaiting).length);
  return (
    <div role="status" aria-label="Outbox" className={waiting === 0 ? 'outbox-status empty' : 'outbox-status'}>
      {waiting > 0 && (
        <>
          <strong>waiting to send ({waiting})</strong> Kept on this page, and sent by itself when the peer answers.
        </>
      )}
    </div>
  );
}

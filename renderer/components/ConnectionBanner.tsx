import { useHoldfast } from '../store/context.js';

/** Says out loud that the peer is out of reach, so nobody types into a void. */
export function ConnectionBanner() {
  const connection = useHoldfast((state) => state.connection);
  if (connection !== 'reconnecting') return null;
  return (
    <div role="status" className="banner-offline">
      <strong>Connection lost, reconnecting…</strong> Changes cannot be saved until it is back.
    </div>
  );
}

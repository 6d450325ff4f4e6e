import { clockNotices } from '../../../shared/room/clock-words.js';
import { useHoldfast } from '../../store/context.js';

/**
 * What a person must know at once about this laptop, whatever screen is
 * open: its clock is far off the room's, or another laptop signs as it
 * (a copy of its data folder). The Room screen says more.
 */
export function TrustBanners() {
  const clock = useHoldfast((state) => state.room?.clock ?? null);
  const inUseElsewhere = useHoldfast((state) => state.room?.identityInUseElsewhere ?? null);
  const notices = clock === null ? [] : clockNotices(clock);
  return (
    <>
      {inUseElsewhere !== null && (
        <div className="banner-trust" role="status">
          <strong>Another laptop signs as this one:</strong> {inUseElsewhere}. Both histories are kept. Restart Holdfast here to
          give this laptop a new identity.
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice} className="banner-trust" role="status">
          {notice}
        </div>
      ))}
    </>
  );
}

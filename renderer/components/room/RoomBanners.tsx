import { useHoldfast } from '../../store/context.js';
import { formatFullTime } from '../../time/format.js';

/**
 * What the room needs everyone to see on every screen: a laptop back after
 * hours catches up whatever screen is open, and a laptop removed from the
 * room must not go on writing as if the others will read it.
 */
export function RoomBanners() {
  const catchUp = useHoldfast((state) => state.room?.catchUp ?? null);
  const removedHere = useHoldfast((state) => state.room?.removedHere ?? null);
  return (
    <>
      {removedHere !== null && (
        <div className="banner-removed" role="status">
          <strong>This laptop was removed from the room</strong> by {removedHere.removedBy} on {formatFullTime(removedHere.at)}:
          “{removedHere.reason}”. What is written here from now on does not reach the others. Leave the room, or talk to the
          coordinator.
        </div>
      )}
      {catchUp !== null && (
        <div className="banner-catch-up">
          <progress aria-label="Catching up" max={catchUp.total} value={catchUp.received} />
          <span>
            Catching up with the room: received {catchUp.received} of {catchUp.total} events.
          </span>
        </div>
      )}
    </>
  );
}

import { hrefFor, useRoute } from '../../navigation/route.js';
import { useHoldfast } from '../../store/context.js';

/**
 * The way to the Room screen, with the room at a glance beside it: which
 * room, how many peers are here (or that the page's host cannot be
 * reached), and (quietly) anything held back.
 */
export function HeaderRoomStatus() {
  const route = useRoute();
  const view = useHoldfast((state) => state.room);
  // While the page's own host is out of reach, the peers it last counted say nothing of now.
  const unreachable = useHoldfast((state) => state.connection === 'reconnecting');
  const held = view?.heldBack.reduce((sum, device) => sum + device.count, 0) ?? 0;
  const online = view?.peers.filter((peer) => peer.online).length ?? 0;
  const href = hrefFor({ screen: 'room' });

  return (
    <div className="header-room">
      <a href={href} className="room-link" aria-current={route.screen === 'room' ? 'page' : undefined}>
        Room
      </a>
      {unreachable ? (
        <span className="room-state">{view?.room ? `${view.room.name} · ` : ''}host unreachable</span>
      ) : (
        view !== null && (
          <span className="room-state">
            {view.room === null ? 'not in a room' : `${view.room.name} · ${online} ${online === 1 ? 'peer' : 'peers'} online`}
          </span>
        )
      )}
      {held > 0 && (
        <a href={href} className="held-back-notice">
          <span aria-hidden="true">⚠ </span>
          {held} {held === 1 ? 'event' : 'events'} held back
        </a>
      )}
    </div>
  );
}

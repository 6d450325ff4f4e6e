import { useState } from 'react';
import { useActions } from '../../store/context.js';

/** Leaving takes a second press that says what it means: this laptop stops syncing, and keeps what it holds. */
export function LeaveRoom({ roomName }: { readonly roomName: string }) {
  const actions = useActions();
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <div className="form-actions">
        <button type="button" onClick={() => setAsking(true)}>
          Leave room
        </button>
      </div>
    );
  }
  return (
    <div className="leave-room" role="group" aria-label="Leave the room?">
      <p>
        Leave <strong>{roomName}</strong>? This laptop stops syncing with the room. Everything already on it stays; joining again
        needs the secret or an invite.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          autoFocus
          onClick={() => {
            setAsking(false);
            void actions.leaveRoom();
          }}
        >
          Yes, leave {roomName}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Stay in the room
        </button>
      </div>
    </div>
  );
}

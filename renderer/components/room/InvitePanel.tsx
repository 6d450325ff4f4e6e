import { useId } from 'react';
import type { RoomIdentity } from '../../../shared/room/views.js';
import { CopyButton } from '../controls/CopyButton.js';
import { InviteQrCode } from './InviteQrCode.js';

/** What another laptop needs to join: the secret to read aloud, or the invite to paste or scan. */
export function InvitePanel({ identity }: { readonly identity: RoomIdentity }) {
  const id = useId();
  return (
    <section className="room-panel invite-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Invite others</h2>
      <p className="hint">
        Anyone with the secret or the invite can join the room and read everything in it: share them only with the people in
        the room.
      </p>
      <div className="invite-layout">
        <div className="invite-codes">
          <div className="field">
            <label htmlFor={`${id}-secret`}>Room secret</label>
            <div className="copy-row">
              <input
                id={`${id}-secret`}
                className="room-secret"
                value={identity.secret}
                readOnly
                spellCheck={false}
                size={identity.secret.length + 2}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton text={identity.secret} what="secret" />
            </div>
            <p className="hint">In groups of five, to read aloud across the room.</p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-invite`}>Invite code</label>
            <div className="copy-row">
              <input
                id={`${id}-invite`}
                className="invite-code"
                value={identity.invite}
                readOnly
                spellCheck={false}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton text={identity.invite} what="invite code" />
            </div>
            <p className="hint">The invite holds the room&apos;s name, its secret and where this laptop can be reached.</p>
          </div>
        </div>
        <InviteQrCode invite={identity.invite} roomName={identity.name} />
      </div>
    </section>
  );
}

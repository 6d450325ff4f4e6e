import { newIdentitySentence } from '../../../shared/room/identity-words.js';
import type { NewIdentityView } from '../../../shared/room/views.js';
import { formatFullTime } from '../../time/format.js';

/** The last time this laptop took a new device identity, and why: a copied folder, a lost database. */
export function NewIdentityNote({ newIdentity }: { readonly newIdentity: NewIdentityView | null }) {
  if (newIdentity === null) return null;
  return (
    <p className="room-note">
      Since <time dateTime={new Date(newIdentity.at).toISOString()}>{formatFullTime(newIdentity.at)}</time>:{' '}
      {newIdentitySentence(newIdentity)}
    </p>
  );
}

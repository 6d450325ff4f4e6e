/**
 * What a person is told about this laptop's device identity, the same words
 * on the screen and in the terminal.
 */
import type { NewIdentityView } from './views.js';

export function newIdentitySentence(renewed: NewIdentityView): string {
  return (
    `This laptop now signs as a new device, ${renewed.device.slice(0, 8)} (it was ${renewed.previousDevice.slice(0, 8)}): ${renewed.why}. ` +
    'Everything it held stays, and what it wrote before stays in the room under its old identity.'
  );
}

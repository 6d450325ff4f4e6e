/**
 * An update cut to a channel's kind. A status page shows the full text as
 * a sheet does; a channel the company added of a kind Holdfast does not
 * know gets the full text too, which any channel can carry.
 */
import type { ChannelKind } from '../vocabulary.js';
import { cutForChat } from './chat.js';
import { cutForEmail } from './email.js';
import { cutForPhone } from './phone.js';
import { cutForSheet } from './sheet.js';
import { cutForSms } from './sms.js';
import type { CutText, UpdateToCut } from './update-to-cut.js';

export type { CutText, UpdateToCut } from './update-to-cut.js';

export function cutForChannel(update: UpdateToCut, kind: ChannelKind): CutText {
  switch (kind) {
    case 'email':
      return cutForEmail(update);
    case 'sms':
      return cutForSms(update);
    case 'phone':
      return cutForPhone(update);
    case 'chat':
      return cutForChat(update);
    case 'sheet':
    case 'status-page':
    case 'other':
      return cutForSheet(update);
    default:
      return kind satisfies never;
  }
}

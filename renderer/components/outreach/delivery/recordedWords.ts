/**
 * What is recorded of one recipient's delivery, in words: "Delivered via
 * SMS at 14:02:11; Failed via E-mail at Dec 6 23:58:40". An outbox is
 * opened again the morning after; a time of another day carries its day.
 */
import type { RecipientDelivery } from '../../../../shared/outreach/delivery-counts.js';
import { formatClockWithDay } from '../../../time/format.js';

export function recordedWords(tried: RecipientDelivery['tried'], channelName: (channelId: string) => string, now: number): string {
  if (tried.length === 0) return 'Not recorded yet';
  return tried.map((one) => `${one.outcome === 'delivered' ? 'Delivered' : 'Failed'} via ${channelName(one.channelId)} at ${formatClockWithDay(one.at, now)}`).join('; ');
}

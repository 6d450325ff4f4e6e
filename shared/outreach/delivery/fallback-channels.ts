/**
 * The standard channels, for while a laptop has no channel file to read
 * (or its reading is not built): every company has these, and an outbox
 * with none could record nothing.
 */
import type { ChannelSpec } from '../channel-catalogue.js';

const HOUR = 60 * 60_000;

export const FALLBACK_CHANNELS: readonly ChannelSpec[] = [
  { channelId: 'email', name: 'E-mail', kind: 'email', freshnessMs: HOUR },
  { channelId: 'sms', name: 'SMS', kind: 'sms', freshnessMs: HOUR },
  { channelId: 'phone', name: 'Phone call', kind: 'phone', freshnessMs: HOUR },
  { channelId: 'chat', name: 'Chat', kind: 'chat', freshnessMs: HOUR },
  { channelId: 'sheet', name: 'Printed sheet', kind: 'sheet', freshnessMs: HOUR },
];

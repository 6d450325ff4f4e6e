/** The channels an outbox offers: working first, unknown (or gone stale) next, failing last and said so. */
import { describe, expect, it } from 'vitest';
import { FALLBACK_CHANNELS } from '../../../shared/outreach/delivery/fallback-channels.js';
import { channelStateWords, outboxChannels } from '../../../shared/outreach/delivery/outbox-channels.js';
import type { ChannelView } from '../../../shared/projection/outreach-views.js';
import type { ChannelState } from '../../../shared/outreach/vocabulary.js';

const NOW = 1_795_000_000_000;
const HOUR = 3_600_000;

function marked(channelId: string, state: ChannelState, at: number, freshnessMs = HOUR): ChannelView {
  const spec = FALLBACK_CHANNELS.find((channel) => channel.channelId === channelId)!;
  const mark = { state, at, by: 'Ana', note: '' };
  return { ...spec, freshnessMs, latest: mark, history: [mark] };
}

describe('the outbox’s channels', () => {
  it('puts working channels first and failing ones last, each said in words', () => {
    const channels = outboxChannels(FALLBACK_CHANNELS, [marked('email', 'failing', NOW - 60_000), marked('sms', 'working', NOW - 60_000)], NOW);
    expect(channels.map((channel) => `${channel.name}: ${channelStateWords(channel)}`)).toEqual([
      'SMS: working',
      'Phone call: not known to work',
      'Chat: not known to work',
      'Printed sheet: not known to work',
      'E-mail: failing: not proposed',
    ]);
  });

  it('takes a mark older than the channel’s freshness as unknown again, saying what it last was', () => {
    const [sms] = outboxChannels(FALLBACK_CHANNELS, [marked('sms', 'working', NOW - 2 * HOUR)], NOW).filter((channel) => channel.channelId === 'sms');
    expect(sms!.state).toBe('unknown');
    expect(channelStateWords(sms!)).toBe('not checked lately (last said working)');
  });

  it('still offers a channel marked in the incident that this laptop’s file does not have', () => {
    const pager: ChannelView = { ...marked('sms', 'working', NOW), channelId: 'pager', name: 'Pager' };
    expect(outboxChannels(FALLBACK_CHANNELS.slice(0, 1), [pager], NOW).map((channel) => channel.name)).toEqual(['Pager', 'E-mail']);
  });
});

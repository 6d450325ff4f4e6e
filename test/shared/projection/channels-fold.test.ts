/**
 * Channels as every laptop folds them: the latest mark in the agreed order
 * stands, every mark stays in the history, the order of arrival changes
 * nothing, and a mark older than the channel's freshness reads unknown
 * (judged when read, with now).
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { channelStateText, isChannelWorking, shownChannel } from '../../../shared/outreach/channel-freshness.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const MINUTE = 60_000;
const incidentId = 'incident-channels';
const SMS = { channelId: 'sms', name: 'SMS', kind: 'sms', freshnessMs: 30 * MINUTE } as const;
const EMAIL = { channelId: 'email', name: 'E-mail', kind: 'email', freshnessMs: 30 * MINUTE } as const;

function room() {
  let clock = START;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const bo = new SimulatedLaptop('Bo', () => clock);
  const events: SignedEvent[] = [];
  const declared = ana.record('incident.declared', { incidentId, title: 'Mail relay down', severity: 'SEV2', summary: '' });
  bo.hear(declared);
  events.push(declared);
  const mark = (laptop: SimulatedLaptop, channel: EventPayload<'channel.marked'>['channel'], state: EventPayload<'channel.marked'>['state'], note = '', heard = true) => {
    clock += MINUTE;
    const event = laptop.record('channel.marked', { incidentId, channel, state, note });
    if (heard) for (const other of [ana, bo]) if (other !== laptop) other.hear(event);
    events.push(event);
    return event;
  };
  return { ana, bo, events, mark, now: () => clock };
}

const channelsOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).outreach(incidentId).channels;

describe('channels folded from their marks', () => {
  it('keeps the latest mark as the state and every mark in the history, channels in the order first marked, with a timeline line each', () => {
    const { events, ana, bo, mark } = room();
    mark(ana, SMS, 'working');
    mark(bo, EMAIL, 'failing', 'relay refuses connections');
    mark(bo, SMS, 'failing', 'gateway unreachable');
    const channels = channelsOf(events);
    expect(channels.map((channel) => [channel.name, channel.latest.state, channel.latest.by])).toEqual([
      ['SMS', 'failing', 'Bo'],
      ['E-mail', 'failing', 'Bo'],
    ]);
    expect(channels[0]!.history.map((entry) => [entry.state, entry.by, entry.note])).toEqual([
      ['working', 'Ana', ''],
      ['failing', 'Bo', 'gateway unreachable'],
    ]);
    const timeline = WarRoomProjection.rebuild(events).timeline(incidentId).map((entry) => entry.text);
    expect(timeline).toContain('SMS marked failing: gateway unreachable');
    expect(timeline).toContain('SMS marked working');
  });

  it('ends the same whichever way two laptops’ marks made while cut off arrive, and the same when one arrives twice', () => {
    const { events, ana, bo, mark } = room();
    mark(ana, SMS, 'working', 'test text arrived', false);
    mark(bo, SMS, 'failing', 'gateway unreachable', false);
    const declared = events[0]!;
    const marks = events.slice(1);
    const forwards = channelsOf([declared, ...marks]);
    const backwards = channelsOf([declared, ...[...marks].reverse()]);
    const twice = channelsOf([declared, marks[1]!, ...marks, marks[0]!]);
    expect(backwards).toEqual(forwards);
    expect(twice).toEqual(forwards);
    expect(forwards[0]!.history).toHaveLength(2);
  });

  it('takes the name and freshness of the latest mark, as its laptop’s file described the channel', () => {
    const { events, ana, bo, mark } = room();
    mark(ana, SMS, 'working');
    mark(bo, { ...SMS, name: 'SMS (duty phone)', freshnessMs: 10 * MINUTE }, 'working');
    expect(channelsOf(events)[0]).toMatchObject({ name: 'SMS (duty phone)', freshnessMs: 10 * MINUTE });
  });
});

describe('a channel’s freshness, judged when read', () => {
  it('believes a mark for the channel’s freshness, then reads unknown, was what it said, and never working', () => {
    const { events, ana, mark, now } = room();
    mark(ana, SMS, 'working');
    const sms = channelsOf(events)[0]!;
    expect(channelStateText(sms, now())).toBe('Working');
    expect(isChannelWorking(sms, now() + 30 * MINUTE)).toBe(true);
    const later = now() + 42 * MINUTE;
    expect(shownChannel(sms, later)).toEqual({ state: 'unknown', was: 'working', stale: true });
    expect(channelStateText(sms, later)).toBe('Unknown · was Working, 42 min ago');
    expect(isChannelWorking(sms, later)).toBe(false);
  });

  it('says a stale failing mark as it was, and a stale unknown one as unknown alone', () => {
    const { events, ana, mark, now } = room();
    mark(ana, SMS, 'failing');
    mark(ana, EMAIL, 'unknown');
    const [sms, email] = channelsOf(events);
    expect(channelStateText(sms!, now() + 2 * 60 * MINUTE + 5 * MINUTE)).toBe('Unknown · was Failing, 2h 06m ago');
    expect(channelStateText(email!, now() + 60 * MINUTE)).toBe('Unknown');
  });
});

/**
 * Deliveries as every laptop folds them (one record per update, recipient
 * and channel, whatever order and however often the recordings arrive), and
 * the counts and the 10-minute flag read from them.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { deliveryCountsFromResolved, undeliveredUpdates } from '../../../shared/outreach/delivery-counts.js';
import type { ResolvedRecipient } from '../../../shared/outreach/resolve-recipients.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-outbox';
const updateId = 'update-1';

function room() {
  let clock = START;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const bo = new SimulatedLaptop('Bo', () => clock);
  const events: SignedEvent[] = [];
  const record = <T extends 'incident.declared' | 'update.deliveries_recorded'>(laptop: SimulatedLaptop, type: T, payload: EventPayload<T>) => {
    clock += 1_000;
    const event = laptop.record(type, payload);
    events.push(event);
    return event;
  };
  record(ana, 'incident.declared', { incidentId, title: 'Payments down', severity: 'SEV1', summary: '' });
  const deliver = (laptop: SimulatedLaptop, outcome: 'delivered' | 'failed', keys: string[], channelId = 'sms', channelName = 'SMS') =>
    record(laptop, 'update.deliveries_recorded', {
      incidentId,
      updateId,
      deliveries: keys.map((key) => ({ recipientKey: `person:${key}`, recipientName: key, channelId, outcome, channelName })),
      note: '',
      audienceName: 'Management',
    });
  return { ana, bo, events, deliver };
}

const outreachOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).outreach(incidentId);

describe('deliveries folded', () => {
  it('keeps one record per update, recipient and channel, the latest mark standing and every mark kept', () => {
    const { ana, bo, events, deliver } = room();
    deliver(ana, 'failed', ['ana']);
    deliver(bo, 'delivered', ['ana']);
    deliver(bo, 'delivered', ['ana'], 'email', 'E-mail');
    const { deliveries } = outreachOf(events);
    expect(deliveries.map((delivery) => [delivery.recipientName, delivery.channelId, delivery.latest.outcome, delivery.history.map((mark) => mark.by)])).toEqual([
      ['ana', 'sms', 'delivered', ['Ana', 'Bo']],
      ['ana', 'email', 'delivered', ['Bo']],
    ]);
  });

  it('ends with one record when two laptops recorded the same delivery, whatever order they arrive in and however often', () => {
    const { ana, bo, events, deliver } = room();
    deliver(ana, 'delivered', ['ana', 'bo']);
    deliver(bo, 'delivered', ['ana']);
    const forward = outreachOf(events);
    const backward = outreachOf([events[0]!, events[2]!, events[1]!, events[2]!, events[1]!]);
    expect(forward.deliveries).toHaveLength(2);
    expect(backward.deliveries).toEqual(forward.deliveries);
    expect(forward.deliveries[0]!.history).toHaveLength(2);
  });

  it('writes one timeline line per recording, saying how many it reached and through what', () => {
    const { ana, events, deliver } = room();
    deliver(ana, 'delivered', ['ana', 'bo', 'chen', 'dee', 'eve']);
    deliver(ana, 'failed', ['fay'], 'phone', 'Phone call');
    const timeline = WarRoomProjection.rebuild(events).timeline(incidentId);
    const lines = timeline.filter((entry) => entry.kind === 'delivery').map((entry) => entry.text);
    expect(lines).toEqual(['Update to Management delivered to 5 recipients by SMS', 'Update to Management failed to reach 1 by Phone call']);
  });
});

const person = (key: string): ResolvedRecipient => ({ key: `person:${key}`, name: key, via: '', email: '', phone: '', chat: '', unresolved: false });

describe('delivery counts', () => {
  it('counts delivered through any channel, failed when only failures are recorded, pending for the rest of the list', () => {
    const { ana, bo, events, deliver } = room();
    deliver(ana, 'failed', ['ana', 'bo']);
    deliver(bo, 'delivered', ['ana'], 'email', 'E-mail');
    deliver(bo, 'delivered', ['zed']);
    const counts = deliveryCountsFromResolved(updateId, ['ana', 'bo', 'chen', 'dee'].map(person), outreachOf(events).deliveries);
    expect([counts.delivered, counts.pending, counts.failed]).toEqual([2, 2, 1]);
    expect(counts.recipients.map((recipient) => [recipient.name, recipient.state, recipient.tried.map((tried) => `${tried.channelId} ${tried.outcome}`), recipient.onList])).toEqual([
      ['ana', 'delivered', ['sms failed', 'email delivered'], true],
      ['bo', 'failed', ['sms failed'], true],
      ['chen', 'pending', [], true],
      ['dee', 'pending', [], true],
      ['zed', 'delivered', ['sms delivered'], false],
    ]);
  });

  it('flags an update delivered to nobody once 10 minutes have passed since it was published, and not before', () => {
    const { ana, events, deliver } = room();
    const published = { id: updateId, at: START };
    const other = { id: 'update-2', at: START };
    expect(undeliveredUpdates([published, other], [], START + 9 * 60_000 + 59_999)).toEqual([]);
    expect(undeliveredUpdates([published, other], [], START + 10 * 60_000)).toEqual([published, other]);
    deliver(ana, 'failed', ['ana']);
    expect(undeliveredUpdates([published], outreachOf(events).deliveries, START + 11 * 60_000)).toEqual([published]);
    deliver(ana, 'delivered', ['bo']);
    expect(undeliveredUpdates([published, other], outreachOf(events).deliveries, START + 11 * 60_000)).toEqual([other]);
  });
});

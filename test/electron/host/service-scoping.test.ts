/**
 * A big scoping goes into the log in events of at most 200 services each
 * (the event's own limit), so bringing a whole catalogue in is never refused.
 */
import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../../../electron/host/operation-context.js';
import { recordScoping } from '../../../electron/host/service-scoping.js';
import { eventPayloadSchemas } from '../../../shared/events.js';
import { serviceSpec } from '../../support/service-specs.js';

describe('recording a scoping', () => {
  it('splits 450 services into events of 200, 200 and 50 that each fit the event’s schema, in order', () => {
    const recorded: unknown[] = [];
    const context = { record: (_type: string, payload: unknown) => recorded.push(payload) } as unknown as OperationContext;
    const services = Array.from({ length: 450 }, (_, index) => serviceSpec(`service-${index}`, `Service ${index}`));
    recordScoping(context, 'incident-big', services, 'whole data centre');
    const payloads = recorded.map((payload) => eventPayloadSchemas['services.scoped'].parse(payload));
    expect(payloads.map((payload) => payload.services.length)).toEqual([200, 200, 50]);
    expect(payloads.flatMap((payload) => payload.services.map((spec) => spec.serviceId))).toEqual(services.map((spec) => spec.serviceId));
  });
});

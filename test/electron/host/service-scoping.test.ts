/**
 * A big scoping goes into the log in events of at most 200 services each
 * (the event's own limit), so bringing a whole catalogue in is never refused;
 * and what goes in is the service alone, never where the laptop keeps it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { OperationContext } from '../../../electron/host/operation-context.js';
import * as catalogue from '../../../electron/host/service-catalogue-lookup.js';
import { recordScoping, servicesToScope } from '../../../electron/host/service-scoping.js';
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

describe('a catalogue service brought into scope', () => {
  it('goes into the log without where this laptop keeps its files', () => {
    const entry = { ...serviceSpec('dns', 'DNS resolvers'), file: '/home/ana/secret-folder/services/net.yaml', line: 3, origin: 'own' as const, uptimeTargetPercent: 99.9 };
    const spy = vi.spyOn(catalogue, 'serviceCatalogueOf').mockReturnValue({ services: [entry], problems: [], teams: [], tiers: [] });
    const context = { projection: { board: () => ({ incidentId: 'incident-one', services: [] }) } } as unknown as OperationContext;
    expect(servicesToScope(context, 'incident-one', ['dns'], true, 'serviceIds')).toEqual([serviceSpec('dns', 'DNS resolvers')]);
    spy.mockRestore();
  });
});

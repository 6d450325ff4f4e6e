/**
 * An event nested far deeper than any event is (200,000 levels) reaches the
 * store by a path that did not parse a sync message (a room file, events
 * held back and let in). It is refused with a sentence about the event,
 * before anything walks it recursively: never blamed on the database.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

describe('an event nested 200,000 levels deep, received', () => {
  it('is refused naming the event and saying it is nested too deeply, and nothing is stored', () => {
    const host = hosts.openOn(folders.make());
    const laptop = new SimulatedLaptop('Mallory', () => Date.now());
    // Signing would itself recurse through the payload, so the envelope is a forgery of the right shape.
    const declared = laptop.record('incident.declared', { incidentId: 'deep-incident', title: 'Deep', severity: 'SEV3', summary: '' });
    const deep = { ...declared, payload: JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown };
    const vector = host.store.log.versionVector();

    let refusal: unknown;
    try {
      host.receiveEvents([deep]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HoldfastFailure);
    const { code, message } = refusal as HoldfastFailure;
    expect(code).toBe('invalid_input');
    expect(message).toBe(`Event 1 of device ${laptop.device.slice(0, 8)} was refused: it is nested more than ${LIMITS.payloadDepth} levels deep, and no Holdfast event is.`);
    expect(message).not.toMatch(/database/i);
    expect(host.store.log.versionVector()).toEqual(vector);
  });
});

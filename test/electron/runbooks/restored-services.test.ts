/**
 * A step that restores services names them as the shipped catalogue does,
 * so finishing it offers a hand check of services the board can hold.
 */
import { describe, expect, it } from 'vitest';
import { loadRunbooks } from '../../../electron/runbooks/runbook-library.js';
import { loadServiceCatalogue } from '../../../electron/services/service-library.js';

describe('the services the shipped runbooks’ steps restore', () => {
  it('are all in the shipped catalogue', () => {
    const runbooks = loadRunbooks().runbooks;
    const known = new Set(loadServiceCatalogue({ runbooks }).services.map((service) => service.serviceId));
    const restored = runbooks.flatMap((runbook) => runbook.steps.flatMap((step) => step.restores.map((service) => `${runbook.id} ${step.id}: ${service}`)));
    expect(restored.length).toBeGreaterThanOrEqual(6);
    expect(restored.filter((line) => !known.has(line.split(': ')[1]!))).toEqual([]);
  });
});

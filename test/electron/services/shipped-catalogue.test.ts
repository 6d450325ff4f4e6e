/**
 * The catalogue Holdfast ships is the example people copy and the board a
 * drill runs on: it must load whole, be big and deep enough to look like a
 * real company, and agree with the shipped runbooks on service ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunbooks } from '../../../electron/runbooks/runbook-library.js';
import { loadServiceCatalogue, readCatalogueFolder, SHIPPED_SERVICES_FOLDER } from '../../../electron/services/service-library.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { buildCatalogue } from '../../../shared/services/build-catalogue.js';
import { parseCatalogue, SERVICE_FIELDS } from '../../../shared/services/parse-catalogue.js';
import type { CatalogueService } from '../../../shared/services/catalogue.js';

const runbooks = loadRunbooks().runbooks;
const catalogue = loadServiceCatalogue({ runbooks });

/** Layers: a service with no dependency is in layer 1, any other one layer above its deepest dependency. */
function layerOf(services: readonly CatalogueService[]): Map<string, number> {
  const byId = new Map(services.map((service) => [service.serviceId, service]));
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const layer = (id: string): number => {
    const known = layers.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new Error(`a cycle through ${id}`);
    visiting.add(id);
    const value = 1 + Math.max(0, ...byId.get(id)!.dependsOn.map(layer));
    visiting.delete(id);
    layers.set(id, value);
    return value;
  };
  for (const service of services) layer(service.serviceId);
  return layers;
}

describe('the shipped service catalogue', () => {
  it('loads with no problem, with check steps found in the shipped runbooks', () => {
    expect(catalogue.problems.map(formatProblem)).toEqual([]);
    expect(catalogue.services.filter((service) => service.checkStep !== null).length).toBeGreaterThan(0);
  });

  it('is a mid-size company: at least 120 services, about ten teams, four named tiers', () => {
    expect(catalogue.services.length).toBeGreaterThanOrEqual(120);
    expect(catalogue.teams.length).toBeGreaterThanOrEqual(8);
    expect(catalogue.tiers.map((tier) => [tier.tier, tier.freshnessMs / 60_000])).toEqual([
      [1, 10],
      [2, 15],
      [3, 20],
      [4, 30],
    ]);
    expect(catalogue.tiers.every((tier) => !tier.name.startsWith('Tier '))).toBe(true);
  });

  it('has dependencies at least five layers deep and no cycle', () => {
    const layers = layerOf(catalogue.services);
    expect(Math.max(...layers.values())).toBeGreaterThanOrEqual(5);
  });

  it('tells a person how to check every service by hand, marks the customer-facing ones and asks two people for the risky ones', () => {
    expect(catalogue.services.filter((service) => service.check.length < 20)).toEqual([]);
    expect(catalogue.services.filter((service) => service.customerFacing).length).toBeGreaterThanOrEqual(10);
    const twoPeople = catalogue.services.filter((service) => service.confirm === 'two').map((service) => service.serviceId);
    expect(twoPeople).toEqual(expect.arrayContaining(['primary-database', 'perimeter-firewall', 'pki']));
  });

  it('uses the service ids the shipped runbooks name, where the catalogue has such a service', () => {
    const ids = new Set(catalogue.services.map((service) => service.serviceId));
    for (const id of ['primary-database', 'checkout', 'payments', 'provider-integrations', 'status-page', 'support', 'configuration-management', 'central-management', 'storage', 'file-store', 'company-site', 'web', 'api']) {
      expect(ids, id).toContain(id);
      expect(runbooks.some((runbook) => runbook.services.includes(id)), id).toBe(true);
    }
  });

  it('include the example in runbooks/services/README.md, which loads over them, and a row for every field', () => {
    const readme = fs.readFileSync(path.join(SHIPPED_SERVICES_FOLDER, 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const view = buildCatalogue(
      [
        { origin: 'shipped', files: readCatalogueFolder(SHIPPED_SERVICES_FOLDER) },
        { origin: 'own', files: [parseCatalogue(example!, 'README example')] },
      ],
      { runbooks },
    );
    expect(view.problems.map(formatProblem)).toEqual([]);
    expect(view.services.filter((service) => service.file === 'README example').map((service) => service.serviceId)).toEqual(['dns-resolvers', 'primary-database', 'checkout']);
    for (const field of SERVICE_FIELDS) expect(readme, field).toContain(`| \`${field}\` |`);
  });
});

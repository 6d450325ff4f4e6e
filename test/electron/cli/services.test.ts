/**
 * `holdfast services check DIR` is how whoever keeps the catalogue knows it
 * will load before the night it is needed; `list` is what it holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServiceCatalogue, SHIPPED_SERVICES_FOLDER } from '../../../electron/services/service-library.js';
import { holdfast } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';

const { folders } = useScratch();
const lines = (text: string) => text.trimEnd().split('\n');
const shippedCount = loadServiceCatalogue().services.length;

function ownFolder(files: Record<string, string>): string {
  const folder = folders.make();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

const PRINT_SERVER = 'services:\n  - id: print-server\n    name: Print server\n    team: Office IT\n    tier: 4\n    depends: [dns-resolvers]\n    check: print a test page\n';

describe('holdfast services check', () => {
  it('checks the shipped catalogue when no folder is given', async () => {
    const run = await holdfast(['services', 'check']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(lines(run.stdout)).toEqual([`${shippedCount} services, no problems.`]);
  });

  it('prints each problem as FILE:LINE: reason, then a count, and exits 1', async () => {
    const folder = ownFolder({
      'cycle.yaml': `services:
  - id: dns-cache
    name: DNS cache
    team: Office IT
    tier: 2
    depends: [ldap-cache]
    check: dig @10.9.0.53 example.com
  - id: ldap-cache
    name: Directory cache
    team: Office IT
    tier: 2
    depends: [dns-cache]
    check: ldapsearch -H ldap://10.9.0.10 -x -s base
`,
      'typo.yaml': PRINT_SERVER.replace('dns-resolvers', 'dns-resolver'),
    });
    const run = await holdfast(['services', 'check', folder]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${path.join(folder, 'cycle.yaml')}:2: a dependency cycle: dns-cache → ldap-cache → dns-cache; none of these can start before the others, so take one of these dependencies out`,
      `${path.join(folder, 'typo.yaml')}:6: the service "print-server" depends on "dns-resolver", but no service has that id (did you mean "dns-resolvers"?)`,
      `${shippedCount} services (0 from ${folder}), 2 problems.`,
    ]);
  });

  it('passes a folder that adds to the shipped services and replaces one, with exit code 0', async () => {
    const folder = ownFolder({ 'ours.yaml': `${PRINT_SERVER}  - id: wiki\n    name: Our wiki\n    team: Office IT\n    tier: 4\n    check: open the wiki\n` });
    const run = await holdfast(['services', 'check', folder]);
    expect(run.code, run.stdout).toBe(0);
    expect(lines(run.stdout)).toEqual([`${shippedCount + 1} services (2 from ${folder}, 1 replacing shipped one), no problems.`]);
  });

  it('looks a check step up in the runbooks beside a services/ folder, as the app reads a runbook folder', async () => {
    const runbookFolder = folders.make();
    fs.copyFileSync(path.join('test', 'fixtures', 'runbooks', 'own', 'cache-flush.md'), path.join(runbookFolder, 'cache-flush.md'));
    const services = path.join(runbookFolder, 'services');
    fs.mkdirSync(services);
    const step = (stepId: string) => `services:\n  - id: edge-cache\n    name: Edge cache\n    team: Web\n    tier: 2\n    check-step: cache-flush#${stepId}\n`;
    fs.writeFileSync(path.join(services, 'cache.yaml'), step('find-keys'));
    expect((await holdfast(['services', 'check', services])).code).toBe(0);
    fs.writeFileSync(path.join(services, 'cache.yaml'), step('flush-key'));
    const run = await holdfast(['services', 'check', services]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toBe(
      `${path.join(services, 'cache.yaml')}:6: the service "edge-cache" checks by the step "flush-key", which the runbook "cache-flush" does not have (did you mean "flush-keys"?)`,
    );
  });

  it('says when the folder cannot be read', async () => {
    const missing = path.join(folders.make(), 'nowhere');
    const run = await holdfast(['services', 'check', missing]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([`${missing}: cannot read this folder: it does not exist`, `${shippedCount} services (0 from ${missing}), 1 problem.`]);
  });

  it('explains how to use it when the verb is missing or unknown, or two folders are given', async () => {
    for (const args of [['services'], ['services', 'lint'], ['services', 'check', 'a', 'b']]) {
      const run = await holdfast(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('holdfast services check [DIR]');
    }
  });
});

describe('holdfast services list', () => {
  it('lists every shipped service with id, tier, team, dependencies and name, in aligned columns', async () => {
    const run = await holdfast(['services', 'list']);
    expect(run.code, run.stderr).toBe(0);
    const listed = lines(run.stdout);
    expect(listed).toHaveLength(shippedCount);
    const database = listed.find((line) => line.startsWith('primary-database '))!;
    expect(database).toMatch(/^primary-database +tier 1 {2}Data +4 dependencies {2}Orders database \(primary\)$/);
    const nameColumn = (line: string) => line.search(/ {2}[A-Z][^ ]*( [^ ]+)*$/);
    expect(new Set(listed.map(nameColumn)).size).toBe(1);
  });

  it('marks the services of the folder given, and which shipped one each replaces', async () => {
    const folder = ownFolder({ 'ours.yaml': `${PRINT_SERVER}  - id: wiki\n    name: Our wiki\n    team: Office IT\n    tier: 4\n    check: open the wiki\n` });
    const run = await holdfast(['services', 'list', folder]);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout).find((line) => line.startsWith('print-server '))).toMatch(/Print server {2}\(own\)$/);
    expect(lines(run.stdout).find((line) => line.startsWith('wiki '))).toContain(`Our wiki  (own, replaces ${path.join(SHIPPED_SERVICES_FOLDER, 'internal-tools.yaml')}:`);
    const json = await holdfast(['services', 'list', folder, '--json']);
    const wiki = (JSON.parse(json.stdout) as Record<string, unknown>[]).find((service) => service.serviceId === 'wiki');
    expect(wiki).toMatchObject({ name: 'Our wiki', origin: 'own', file: path.join(folder, 'ours.yaml'), replaces: expect.stringContaining('internal-tools.yaml:') });
  });

  it('gives every field with file, line and origin as JSON', async () => {
    const run = await holdfast(['services', 'list', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const listed = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(listed).toHaveLength(shippedCount);
    expect(listed.find((service) => service.serviceId === 'checkout')).toMatchObject({
      name: 'Checkout',
      team: 'Payments',
      tier: 2,
      customerFacing: true,
      confirm: 'one',
      origin: 'shipped',
      file: path.join(SHIPPED_SERVICES_FOLDER, 'customer-apps.yaml'),
      line: expect.any(Number),
      dependsOn: expect.arrayContaining(['basket', 'payments']),
    });
  });

  it('lists what loads and names on stderr what was kept out', async () => {
    const folder = ownFolder({ 'ours.yaml': PRINT_SERVER.replace('tier: 4', 'tier: ten') });
    const run = await holdfast(['services', 'list', folder]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toHaveLength(shippedCount);
    expect(run.stderr).toContain(`${path.join(folder, 'ours.yaml')}:5: the service "print-server"'s tier "ten" is not a tier`);
    expect(run.stderr).toContain('1 problem kept some services out');
  });
});

/**
 * listServices through the host: the catalogue the Services tab and the
 * board read, with this laptop's own runbook folders' services/ over the
 * shipped ones, read afresh so an edit shows on the next call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

describe('listServices', () => {
  it('lists the shipped catalogue, sorted by tier then name, with its teams and tiers', () => {
    const host = hosts.openOn(folders.make());
    const catalogue = expectOk(host.run('listServices', {}));
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.services.length).toBeGreaterThanOrEqual(120);
    const tiers = catalogue.services.map((service) => service.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(catalogue.services.find((service) => service.serviceId === 'primary-database')).toMatchObject({ tier: 1, team: 'Data', confirm: 'two', origin: 'shipped' });
    expect(catalogue.teams).toContain('Network');
    expect(catalogue.tiers[0]).toEqual({ tier: 1, name: 'Foundation', freshnessMs: 10 * 60_000 });
  });

  it('reads the services/ folder of this laptop’s runbook folders over the shipped one, afresh on every call', () => {
    const host = hosts.openOn(folders.make());
    const runbookFolder = folders.make();
    fs.mkdirSync(path.join(runbookFolder, 'services'));
    const file = path.join(runbookFolder, 'services', 'ours.yaml');
    fs.writeFileSync(
      file,
      'services:\n  - id: print-server\n    name: Print server\n    team: Office IT\n    tier: 4\n    depends: [dns-resolvers]\n    check: print a test page\n',
    );
    expectOk(host.run('setRunbookFolders', { folders: [runbookFolder] }));
    const withOurs = expectOk(host.run('listServices', {}));
    expect(withOurs.services.find((service) => service.serviceId === 'print-server')).toMatchObject({ origin: 'own', file, line: 2, dependsOn: ['dns-resolvers'] });
    expect(withOurs.teams).toContain('Office IT');

    fs.appendFileSync(file, '  - id: fax\n    name: Fax\n    team: Office IT\n    tier: 4\n    depends: [phone-sytem]\n    check: send a fax\n');
    const edited = expectOk(host.run('listServices', {}));
    expect(edited.services.some((service) => service.serviceId === 'fax')).toBe(false);
    expect(edited.problems.map(formatProblem)).toEqual([`${file}:12: the service "fax" depends on "phone-sytem", but no service has that id (did you mean "phone-system"?)`]);
  });
});

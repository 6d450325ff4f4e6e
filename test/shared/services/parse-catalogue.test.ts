/**
 * A catalogue file is written by hand, often in a hurry: every mistake must
 * come back with its file and line and a reason a person can act on, and a
 * bad entry must not keep the good ones out.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueLayer } from '../../../shared/services/build-catalogue.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { parseCatalogue } from '../../../shared/services/parse-catalogue.js';
import { DEFAULT_FRESHNESS_MS } from '../../../shared/services/service-state.js';

const catalogue = (files: Record<string, string>, own: Record<string, string> = {}, runbooks?: { id: string; steps: { id: string }[] }[]) => {
  const layers: CatalogueLayer[] = [{ origin: 'shipped', files: Object.entries(files).map(([file, text]) => parseCatalogue(text, file)) }];
  if (Object.keys(own).length > 0) layers.push({ origin: 'own', files: Object.entries(own).map(([file, text]) => parseCatalogue(text, file)) });
  return buildCatalogue(layers, runbooks ? { runbooks } : {});
};
const printed = (view: ReturnType<typeof catalogue>) => view.problems.map(formatProblem);
const ids = (view: ReturnType<typeof catalogue>) => view.services.map((service) => service.serviceId);

const network = `tiers:
  1: { name: Foundation, freshness: 10m }
  2:
    name: Core
    freshness: 20m
services:
  - id: core-network
    name: Core network
    team: Network
    tier: 1
    check: ping 10.0.0.1
    restart: 10m
    confirm: two
  - id: dns
    name: DNS resolvers
    team: Network
    tier: 1
    depends: [core-network]
    check: dig @10.0.0.53 example.com
    freshness: 5m
  - id: storefront
    name: Web storefront
    team: Storefront
    tier: 2
    depends: [dns]
    customer-facing: true
    check-step: release-rollback#check-storefront
`;

describe('a catalogue file', () => {
  it('loads every field of a service as written, with its file and line', () => {
    const view = catalogue({ 'network.yaml': network });
    expect(view.problems).toEqual([]);
    expect(view.services.find((service) => service.serviceId === 'core-network')).toEqual({
      serviceId: 'core-network',
      name: 'Core network',
      team: 'Network',
      tier: 1,
      dependsOn: [],
      check: 'ping 10.0.0.1',
      checkStep: null,
      customerFacing: false,
      uptimeTargetPercent: null,
      freshnessMs: 10 * 60_000,
      restartMs: 10 * 60_000,
      confirm: 'two',
      file: 'network.yaml',
      line: 7,
      origin: 'shipped',
    });
    const storefront = view.services.find((service) => service.serviceId === 'storefront')!;
    expect(storefront).toMatchObject({ customerFacing: true, checkStep: { runbookId: 'release-rollback', stepId: 'check-storefront' }, freshnessMs: 20 * 60_000, confirm: 'one', restartMs: null });
    expect(view.services.find((service) => service.serviceId === 'dns')!.freshnessMs).toBe(5 * 60_000);
  });

  it('sorts by tier then name, and lists teams and tiers', () => {
    const view = catalogue({ 'network.yaml': network });
    expect(ids(view)).toEqual(['core-network', 'dns', 'storefront']);
    expect(view.teams).toEqual(['Network', 'Storefront']);
    expect(view.tiers).toEqual([
      { tier: 1, name: 'Foundation', freshnessMs: 10 * 60_000 },
      { tier: 2, name: 'Core', freshnessMs: 20 * 60_000 },
    ]);
  });

  it('gives a tier nobody named its number and the default freshness of 15 minutes', () => {
    const view = catalogue({ 'a.yaml': 'services:\n  - { id: wiki, name: Wiki, team: Tools, tier: 3, check: open the front page }\n' });
    expect(view.tiers).toEqual([{ tier: 3, name: 'Tier 3', freshnessMs: DEFAULT_FRESHNESS_MS }]);
    expect(view.services[0]!.freshnessMs).toBe(15 * 60_000);
  });

  it('names the line of a YAML syntax error and loads the other files', () => {
    const view = catalogue({ 'broken.yaml': 'services:\n  - id: wiki\n    name: [Wiki\n    team: Tools\n', 'network.yaml': network });
    expect(view.problems).toHaveLength(1);
    expect(formatProblem(view.problems[0]!)).toMatch(/^broken\.yaml:[34]: this file is not valid YAML, so none of its services load: /);
    expect(ids(view)).toEqual(['core-network', 'dns', 'storefront']);
  });

  it('refuses an unknown field, naming the ones there are, and keeps the other services', () => {
    const view = catalogue({ 'network.yaml': network.replace('    restart: 10m\n', '    restrat: 10m\n') });
    expect(printed(view)).toEqual([
      'network.yaml:12: unknown field "restrat" of a service: the fields are id, name, team, tier, depends, check, check-step, customer-facing, uptime-target, restart, freshness, confirm',
      'network.yaml:18: the service "dns" depends on "core-network", which is refused (see network.yaml:7), so "dns" is refused too',
      'network.yaml:25: the service "storefront" depends on "dns", which is refused (see network.yaml:18), so "storefront" is refused too',
    ]);
    expect(ids(view)).toEqual([]);
  });

  it('names an unknown dependency and the id it most likely meant', () => {
    const view = catalogue({ 'network.yaml': network.replace('depends: [core-network]', 'depends: [core-netwrok]') });
    expect(printed(view)).toContain('network.yaml:18: the service "dns" depends on "core-netwrok", but no service has that id (did you mean "core-network"?)');
    expect(ids(view)).toEqual(['core-network']);
  });

  it('refuses a second service with an id already used, pointing at the first', () => {
    const view = catalogue({ 'a.yaml': network, 'b.yaml': 'services:\n  - id: dns\n    name: Other DNS\n    team: Network\n    tier: 2\n    check: dig\n' });
    expect(printed(view)).toEqual(['b.yaml:2: the service id "dns" is also defined at a.yaml:14, which is kept; give each service its own id']);
    expect(view.services.find((service) => service.serviceId === 'dns')!.name).toBe('DNS resolvers');
  });

  it('spells out a dependency cycle once, on the line of a service in it', () => {
    const cyclic = `services:
  - id: dns
    name: DNS
    team: Network
    tier: 1
    depends: [ldap-directory]
    check: dig
  - id: ldap-directory
    name: Directory
    team: Identity
    tier: 1
    depends: [dns]
    check: ldapsearch
  - id: wiki
    name: Wiki
    team: Tools
    tier: 3
    check: open it
`;
    const view = catalogue({ 'cyclic.yaml': cyclic });
    expect(printed(view)).toEqual(['cyclic.yaml:2: a dependency cycle: dns → ldap-directory → dns; none of these can start before the others, so take one of these dependencies out']);
    expect(ids(view)).toEqual(['wiki']);
  });

  it('calls a service depending on itself a cycle', () => {
    const view = catalogue({ 'a.yaml': 'services:\n  - { id: wiki, name: Wiki, team: Tools, tier: 3, depends: [wiki], check: open it }\n' });
    expect(printed(view)).toEqual(['a.yaml:2: a dependency cycle: wiki → wiki; none of these can start before the others, so take one of these dependencies out']);
  });

  it('names each missing or malformed field on its line', () => {
    const view = catalogue({
      'a.yaml': `services:
  - id: Wiki Server
    name: Wiki
    team: Tools
    tier: 3
    check: open it
  - id: chat
    tier: 0
    check: send a message
  - id: mail
    name: Mail
    team: Tools
    tier: 3
    restart: 10 minutes
    confirm: three
`,
    });
    expect(printed(view)).toEqual([
      'a.yaml:2: "Wiki Server" is not a service id: 2 to 64 lower-case letters, digits or dashes, starting with a letter or digit, like dns-resolvers',
      'a.yaml:7: the service "chat" has no "name": what people call it, like "name: DNS resolvers"',
      'a.yaml:7: the service "chat" has no "team": the team that owns it, like "team: Network"',
      'a.yaml:8: the service "chat"\'s tier "0" is not a tier: a whole number from 1 (back first) to 9',
      'a.yaml:10: the service "mail" says nothing of how to check it by hand: add "check:" (one line a person can follow) or "check-step:" (write it as runbook-id#step-id, like database-failover#check-replication)',
      'a.yaml:14: the service "mail"\'s "restart" "10 minutes" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
      'a.yaml:15: the service "mail"\'s "confirm" is "three": write "confirm: two" when marking it up needs a second person, or leave it out',
    ]);
  });

  it('refuses a service with a field written twice, keeping the rest of its file', () => {
    const view = catalogue({ 'network.yaml': network.replace('    tier: 2\n    depends: [dns]\n', '    tier: 2\n    tier: 3\n    depends: [dns]\n') });
    expect(printed(view)).toEqual(['network.yaml:25: "tier" is written twice in this service (first on line 24); keep one']);
    expect(ids(view)).toEqual(['core-network', 'dns']);
  });

  it('names a tier out of range, a bad freshness and a tier defined twice', () => {
    const view = catalogue({
      'a.yaml': 'tiers:\n  0: { name: Zero }\n  1: { name: First, freshness: soon }\n  2: { name: Second, freshness: 20m }\n',
      'b.yaml': 'tiers:\n  2: { name: Also second }\n',
    });
    expect(printed(view)).toEqual([
      'a.yaml:2: the tier "0" is not a tier: tiers are whole numbers from 1 (back first) to 9',
      'a.yaml:3: "freshness" "soon" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
      'b.yaml:2: tier 2 is also defined at a.yaml:4, which is kept; define each tier once',
    ]);
    expect(view.tiers).toEqual([{ tier: 2, name: 'Second', freshnessMs: 20 * 60_000 }]);
  });

  it('says to quote a check line holding ": ", at its line', () => {
    const view = catalogue({ 'a.yaml': 'services:\n  - id: api\n    name: API\n    team: Web\n    tier: 2\n    check: curl -H "Authorization: Bearer x" https://api.example\n' });
    expect(printed(view)).toEqual([expect.stringMatching(/^a\.yaml:6: this file is not valid YAML, so none of its services load: .*\(put a value that contains ": " or " #" in quotes\)$/)]);
  });

  it('refuses a check step that names no step of the runbook library', () => {
    const runbooks = [{ id: 'release-rollback', steps: [{ id: 'check-storefront-up' }] }];
    const view = catalogue({ 'network.yaml': network }, {}, runbooks);
    expect(printed(view)).toEqual([
      'network.yaml:27: the service "storefront" checks by the step "check-storefront", which the runbook "release-rollback" does not have (did you mean "check-storefront-up"?)',
    ]);
    expect(ids(view)).toEqual(['core-network', 'dns']);
  });

  it('keeps a service whose check step is gone when it also has a check line, without the step', () => {
    const withLine = network.replace('    check-step: release-rollback#check-storefront\n', '    check-step: release-rollback#check-storefront\n    check: open the storefront\n');
    const view = catalogue({ 'network.yaml': withLine }, {}, [{ id: 'release-rollback', steps: [] }]);
    expect(printed(view)).toEqual([
      'network.yaml:27: the service "storefront" checks by the step "check-storefront", which the runbook "release-rollback" does not have; the service loads with its "check" line only',
    ]);
    expect(view.services.find((service) => service.serviceId === 'storefront')).toMatchObject({ check: 'open the storefront', checkStep: null });
  });
});

describe('a laptop’s own folder over the shipped catalogue', () => {
  it('adds services that may depend on shipped ones, and replaces one by id, saying so', () => {
    const own = {
      'own/extra.yaml': `services:
  - id: dns
    name: DNS (our resolvers)
    team: Network
    tier: 1
    depends: [core-network]
    check: dig @192.168.1.53 example.com
  - id: print-server
    name: Print server
    team: Office IT
    tier: 4
    depends: [dns]
    check: print a test page
`,
    };
    const view = catalogue({ 'network.yaml': network }, own);
    expect(view.problems).toEqual([]);
    expect(ids(view)).toEqual(['core-network', 'dns', 'storefront', 'print-server']);
    expect(view.services.find((service) => service.serviceId === 'dns')).toMatchObject({ name: 'DNS (our resolvers)', origin: 'own', file: 'own/extra.yaml' });
    expect(view.replacements).toEqual([{ serviceId: 'dns', replaced: 'network.yaml:14' }]);
    expect(view.services.find((service) => service.serviceId === 'core-network')!.origin).toBe('shipped');
    expect(view.teams).toEqual(['Network', 'Office IT', 'Storefront']);
  });
});

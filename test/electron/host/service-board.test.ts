/**
 * The service board through the host, on a small catalogue of its own
 * (test/fixtures/board-catalogue, read as the laptop's folder): services
 * brought into scope with what they depend on, hand checks, the refusal to
 * mark a service up before what it depends on is verified up (named, and
 * overridable with a recorded reason), and four eyes: nobody confirms their
 * own check, not even from another browser on the same peer.
 */
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import type { ServiceBoardView, ServiceView } from '../../../shared/projection/board-views.js';
import { connect } from '../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { settled } from '../../support/settled-hosts.js';
import { withBoardCatalogue } from '../../support/board-catalogue.js';
import type { Severity } from '../../../shared/severity.js';

const { declaredIncident: declared, folders, hosts } = useScratch();

/** An incident on a host that reads the board's test catalogue. */
function declaredIncident(title: string, severity: Severity) {
  const declaredHere = declared(title, severity);
  withBoardCatalogue(declaredHere.host);
  return declaredHere;
}

const ids = (board: ServiceBoardView) => board.services.map((service) => service.id);
/** The service from a board, or the one service a check or a confirmation answers with (it must be the one asked for). */
function serviceIn(shown: ServiceBoardView | ServiceView, id: string): ServiceView {
  if (!('services' in shown)) {
    expect(shown.id).toBe(id);
    return shown;
  }
  return shown.services.find((service) => service.id === id)!;
}
const timelineOf = (host: WarRoomHost, incidentId: string) => expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);

/** DNS resolvers on the board, with the core network they depend on. */
function incidentWithDns() {
  const { host, incidentId } = declaredIncident('Resolvers failing', 'SEV2');
  const board = expectOk(host.run('scopeServices', { incidentId, serviceIds: ['dns'] }));
  return { host, incidentId, board };
}

/** A second laptop, Bo's, holding everything the first holds. */
async function secondLaptop(first: WarRoomHost, name = 'Bo'): Promise<WarRoomHost> {
  const second = withBoardCatalogue(hosts.openOn(folders.make(), { fallbackAuthor: name }));
  connect(first, second);
  await settled(first, second);
  return second;
}

describe('bringing services into scope', () => {
  it('brings a service with everything it depends on, and writes it on the timeline', () => {
    const { host, incidentId, board } = incidentWithDns();
    expect(ids(board)).toEqual(['core-network', 'dns']);
    expect(serviceIn(board, 'dns')).toMatchObject({ name: 'DNS resolvers', state: 'unknown', dependsOnInScope: ['core-network'], scopedBy: 'Ana' });
    expect(timelineOf(host, incidentId)).toContain('Brought onto the service board (2 services): Core network, DNS resolvers');
  });

  it('brings only the service itself when asked, and does not bring a service twice', () => {
    const { host, incidentId } = declaredIncident('Directory down', 'SEV2');
    expect(ids(expectOk(host.run('scopeServices', { incidentId, serviceIds: ['ldap'], withDependencies: false })))).toEqual(['ldap']);
    const board = expectOk(host.run('scopeServices', { incidentId, serviceIds: ['ldap', 'dns'] }));
    expect(ids(board)).toEqual(['core-network', 'dns', 'ldap']);
    expect(timelineOf(host, incidentId)).toContain('Brought onto the service board (2 services): Core network, DNS resolvers');
    const again = expectFailure(host.run('scopeServices', { incidentId, serviceIds: ['dns'] }));
    expect(again).toMatchObject({ code: 'conflict', message: 'DNS resolvers is already on the service board, with what it depends on.' });
  });

  it('names a service the catalogue does not know, and brings nothing', () => {
    const { host, incidentId } = declaredIncident('Resolvers failing', 'SEV2');
    const refused = expectFailure(host.run('scopeServices', { incidentId, serviceIds: ['dns', 'no-such-thing'] }));
    expect(refused).toMatchObject({ code: 'not_found', path: ['serviceIds', 1] });
    expect(refused.message).toContain('no service no-such-thing');
    expect(expectOk(host.run('getIncident', { incidentId })).board.services).toEqual([]);
  });

  it('takes a service off the board, keeping its checks for when it comes back', () => {
    const { host, incidentId } = incidentWithDns();
    expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'down', evidence: 'dig times out' }));
    expect(ids(expectOk(host.run('unscopeService', { incidentId, serviceId: 'dns', reason: 'brought in by mistake' })))).toEqual(['core-network']);
    expect(timelineOf(host, incidentId)).toContain('Taken off the service board: DNS resolvers (brought in by mistake)');
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'down' })).message).toMatch(/dns is not on this incident’s service board/);
    const back = expectOk(host.run('scopeServices', { incidentId, serviceIds: ['dns'] }));
    expect(serviceIn(back, 'dns')).toMatchObject({ state: 'down', history: [expect.objectContaining({ evidence: 'dig times out' })] });
  });

  it('scopes the affected services, with their dependencies, when the incident is declared; an unknown one refuses the declaration', () => {
    const host = withBoardCatalogue(hosts.openOn(folders.make()));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout failing', severity: 'SEV1', services: ['checkout-web'] }));
    expect(ids(expectOk(host.run('getIncident', { incidentId })).board)).toEqual(['core-network', 'dns', 'ldap', 'postgres-primary', 'checkout-web']);
    const refused = expectFailure(host.run('declareIncident', { title: 'Typo', severity: 'SEV3', services: ['chekout-web'] }));
    expect(refused.message).toContain('no service chekout-web');
    expect(expectOk(host.run('listIncidents', {}))).toHaveLength(1);
  });
});

describe('hand checks', () => {
  it('refuses to mark a service up before what it depends on is verified up, naming it; an override needs a reason and is recorded', () => {
    const { host, incidentId } = incidentWithDns();
    const refused = expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', evidence: 'dig answers' }));
    expect(refused).toMatchObject({ code: 'conflict', message: 'DNS resolvers depends on what is not verified up: Core network (not checked yet). To mark it up anyway, override with a reason.' });
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', override: true })).message).toMatch(/Say why DNS resolvers is marked up/);

    const board = expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', evidence: 'dig answers', override: true, reason: 'core checked by phone' }));
    expect(serviceIn(board, 'dns')).toMatchObject({ state: 'up', lastCheck: expect.objectContaining({ override: true, reason: 'core checked by phone', by: 'Ana' }) });
    expect(timelineOf(host, incidentId)).toContain(
      'Override: DNS resolvers marked up before what it depends on was verified up, checked by hand by Ana: dig answers (core checked by phone)',
    );
  });

  it('records no override when none was needed, and accepts a re-check of the same state (it is still true now)', () => {
    const { host, incidentId } = incidentWithDns();
    expectOk(host.run('checkService', { incidentId, serviceId: 'core-network', state: 'up', evidence: 'pinged both cores' }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', evidence: 'dig answers', override: true, reason: 'just in case' }));
    const board = expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', evidence: 'still answering' }));
    expect(serviceIn(board, 'dns').history.map((check) => [check.evidence, check.override])).toEqual([
      ['dig answers', false],
      ['still answering', false],
    ]);
  });

  it('lets a service be marked down or restoring whatever its dependencies say', () => {
    const { host, incidentId } = incidentWithDns();
    expect(serviceIn(expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'restoring' })), 'dns').state).toBe('restoring');
  });

  it('lets a service be marked up while its dependency’s check is fresh, and refuses once it has gone stale', () => {
    let now = Date.now();
    const host = withBoardCatalogue(hosts.openOn(folders.make(), { now: () => now }));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Resolvers failing', severity: 'SEV2', services: ['dns'] }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'core-network', state: 'up' }));
    expect(serviceIn(expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up' })), 'dns').lastCheck!.override).toBe(false);
    // The core network's check is believed for fifteen minutes.
    now += 16 * 60_000;
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up' })).message).toMatch(/not verified up: Core network \(its check is over 15 minutes old\)/);
  });
});

describe('four eyes on a service', () => {
  function databaseUp() {
    const { host, incidentId } = declaredIncident('Primary database down', 'SEV1');
    expectOk(host.run('scopeServices', { incidentId, serviceIds: ['postgres-primary'], withDependencies: false }));
    const board = expectOk(host.run('checkService', { incidentId, serviceId: 'postgres-primary', state: 'up', evidence: 'writes accepted' }));
    return { host, incidentId, board };
  }

  it('waits for a second person, and refuses a confirmation from the same laptop, even under another name', () => {
    const { host, incidentId, board } = databaseUp();
    expect(serviceIn(board, 'postgres-primary').confirmation).toMatchObject({ requestedBy: 'Ana', confirmedBy: null });
    expectOk(host.run('setName', { name: 'Bo' }));
    const refused = expectFailure(host.run('confirmService', { incidentId, serviceId: 'postgres-primary' }));
    expect(refused.message).toBe(
      'Primary database was marked up from this laptop (by Ana): a second person confirms it from their own laptop, not from another browser or window on this one.',
    );
  });

  it('is confirmed by a second person on another laptop, once, and says so on the timeline', async () => {
    const { host, incidentId } = databaseUp();
    const bo = await secondLaptop(host);
    const board = expectOk(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary' }));
    expect(serviceIn(board, 'postgres-primary').confirmation).toMatchObject({ requestedBy: 'Ana', confirmedBy: 'Bo', confirmedDevice: bo.deviceId });
    expect(expectFailure(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary' })).message).toBe('Bo already confirmed Primary database.');
    expect(timelineOf(bo, incidentId)).toContain('Primary database: Up confirmed by Bo, as a second person (checked by Ana)');
  });

  it('refuses a confirmation sent for a check that has since been replaced, so nobody vouches for a check they did not see', async () => {
    const { host, incidentId, board } = databaseUp();
    const seen = serviceIn(board, 'postgres-primary').confirmation!.stamp;
    expectOk(host.run('checkService', { incidentId, serviceId: 'postgres-primary', state: 'up', evidence: 'replica promoted again' }));
    const bo = await secondLaptop(host);
    const refused = expectFailure(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary', confirms: seen }));
    expect(refused).toMatchObject({ code: 'conflict', path: ['confirms'] });
    expect(refused.message).toBe('Primary database was checked again since (by Ana): look at the new check before confirming it.');
    const latest = serviceIn(expectOk(bo.run('getIncident', { incidentId })).board, 'postgres-primary').confirmation!.stamp;
    expect(serviceIn(expectOk(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary', confirms: latest })), 'postgres-primary').confirmation!.confirmedBy).toBe('Bo');
  });

  it('refuses the checker’s own name from another laptop', async () => {
    const { host, incidentId } = databaseUp();
    const anaElsewhere = await secondLaptop(host, 'someone');
    expectOk(anaElsewhere.run('setName', { name: 'ana' }));
    expect(expectFailure(anaElsewhere.run('confirmService', { incidentId, serviceId: 'postgres-primary' })).message).toBe(
      'You marked Primary database up yourself: a second person must confirm it.',
    );
  });

  it('does not count a four-eyes dependency as verified up until it is confirmed', async () => {
    const { host, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    expectOk(host.run('scopeServices', { incidentId, serviceIds: ['checkout-web', 'postgres-primary'], withDependencies: false }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'postgres-primary', state: 'up', evidence: 'writes accepted' }));
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'checkout-web', state: 'up' })).message).toMatch(/not verified up: Primary database \(waiting for a second person to confirm it\)/);
    const bo = await secondLaptop(host);
    expectOk(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary' }));
    await settled(host, bo);
    const board = expectOk(host.run('checkService', { incidentId, serviceId: 'checkout-web', state: 'up', evidence: 'test order went through' }));
    expect(serviceIn(board, 'checkout-web').lastCheck).toMatchObject({ state: 'up', override: false });
  });

  it('says when nothing waits for a confirmation', () => {
    const { host, incidentId } = incidentWithDns();
    expect(expectFailure(host.run('confirmService', { incidentId, serviceId: 'dns' })).message).toBe('DNS resolvers needs no second person: one hand check is enough.');
    expectOk(host.run('scopeServices', { incidentId, serviceIds: ['postgres-primary'], withDependencies: false }));
    expect(expectFailure(host.run('confirmService', { incidentId, serviceId: 'postgres-primary' })).message).toBe(
      'Nothing about Primary database waits for a second person: it is not marked up.',
    );
  });
});

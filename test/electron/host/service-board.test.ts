/**
 * The service board through the host: services brought into scope with
 * what they depend on, hand checks, the refusal to mark a service up
 * before what it depends on is verified up (named, and overridable with a
 * recorded reason), and four eyes: nobody confirms their own check, not
 * even from another browser on the same peer.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceBoardView } from '../../../shared/projection/board-views.js';
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
const serviceIn = (board: ServiceBoardView, id: string) => board.services.find((service) => service.id === id)!;

function incidentWithDns() {
  const { host, incidentId } = declaredIncident('Resolvers failing', 'SEV2');
  const board = expectOk(host.run('scopeServices', { incidentId, serviceIds: ['dns'] }));
  return { host, incidentId, board };
}

describe('bringing services into scope', () => {
  it('brings a service with everything it depends on, and writes it on the timeline', () => {
    const { host, incidentId, board } = incidentWithDns();
    expect(ids(board)).toEqual(['core-network', 'dns']);
    expect(serviceIn(board, 'dns')).toMatchObject({ name: 'DNS resolvers', state: 'unknown', dependsOnInScope: ['core-network'], scopedBy: 'Ana' });
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);
    expect(timeline).toContain('Brought onto the service board (2 services): Core network, DNS resolvers');
  });

  it('brings only the service itself when asked, and does not bring a service twice', () => {
    const { host, incidentId } = declaredIncident('Directory down', 'SEV2');
    expect(ids(expectOk(host.run('scopeServices', { incidentId, serviceIds: ['ldap'], withDependencies: false })))).toEqual(['ldap']);
    const board = expectOk(host.run('scopeServices', { incidentId, serviceIds: ['ldap', 'dns'], withDependencies: true }));
    expect(ids(board)).toEqual(['core-network', 'dns', 'ldap']);
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);
    expect(timeline).toContain('Brought onto the service board (2 services): Core network, DNS resolvers');
    const again = expectFailure(host.run('scopeServices', { incidentId, serviceIds: ['dns'] }));
    expect(again).toMatchObject({ code: 'conflict', message: 'DNS resolvers is already on the service board, with what it depends on.' });
  });

  it('names a service the catalogue does not know, and brings nothing', () => {
    const { host, incidentId } = declaredIncident('Resolvers failing', 'SEV2');
    const refused = expectFailure(host.run('scopeServices', { incidentId, serviceIds: ['dns', 'no-such-thing'] }));
    expect(refused).toMatchObject({ code: 'not_found' });
    expect(refused.message).toContain('no service no-such-thing');
    expect(expectOk(host.run('getIncident', { incidentId })).board.services).toEqual([]);
  });

  it('takes a service off the board, keeping its checks for when it comes back', () => {
    const { host, incidentId } = incidentWithDns();
    expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'down', evidence: 'dig times out' }));
    expect(ids(expectOk(host.run('unscopeService', { incidentId, serviceId: 'dns', reason: 'brought in by mistake' })))).toEqual(['core-network']);
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up' })).message).toMatch(/dns is not on this incident’s service board/);
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
    expect(refused).toMatchObject({ code: 'conflict', message: 'DNS resolvers depends on what is not verified up: Core network. To mark it up anyway, override with a reason.' });
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', override: true })).message).toMatch(/Say why DNS resolvers is marked up/);

    const board = expectOk(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up', evidence: 'dig answers', override: true, reason: 'core checked by phone' }));
    expect(serviceIn(board, 'dns')).toMatchObject({ state: 'up', lastCheck: expect.objectContaining({ override: true, reason: 'core checked by phone', by: 'Ana' }) });
  });

  it('lets a service be marked up once its dependencies are, recording no override, and accepts a re-check of the same state', () => {
    const { host, incidentId } = incidentWithDns();
    expectOk(host.run('checkService', { incidentId, serviceId: 'core-network', state: 'up', evidence: 'pinged both cores' }));
    // An override asked for but not needed is not recorded as one.
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

  it('refuses again once a dependency’s check has gone stale', () => {
    let now = Date.now();
    const host = withBoardCatalogue(hosts.openOn(folders.make(), { now: () => now }));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Resolvers failing', severity: 'SEV2', services: ['dns'] }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'core-network', state: 'up' }));
    now += 16 * 60_000;
    expect(expectFailure(host.run('checkService', { incidentId, serviceId: 'dns', state: 'up' })).message).toMatch(/not verified up: Core network/);
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

  it('is confirmed by a second person on another laptop, once', async () => {
    const { host, incidentId } = databaseUp();
    const bo = withBoardCatalogue(hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' }));
    connect(host, bo);
    await settled(host, bo);
    const board = expectOk(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary' }));
    expect(serviceIn(board, 'postgres-primary').confirmation).toMatchObject({ requestedBy: 'Ana', confirmedBy: 'Bo', confirmedDevice: bo.deviceId });
    expect(expectFailure(bo.run('confirmService', { incidentId, serviceId: 'postgres-primary' })).message).toBe('Bo already confirmed Primary database.');
  });

  it('refuses the checker’s own name from another laptop', async () => {
    const { host, incidentId } = databaseUp();
    const anaElsewhere = withBoardCatalogue(hosts.openOn(folders.make(), { fallbackAuthor: 'someone' }));
    expectOk(anaElsewhere.run('setName', { name: 'ana' }));
    connect(host, anaElsewhere);
    await settled(host, anaElsewhere);
    expect(expectFailure(anaElsewhere.run('confirmService', { incidentId, serviceId: 'postgres-primary' })).message).toBe(
      'You marked Primary database up yourself: a second person must confirm it.',
    );
  });

  it('says when nothing waits for a confirmation', () => {
    const { host, incidentId } = incidentWithDns();
    expect(expectFailure(host.run('confirmService', { incidentId, serviceId: 'dns' })).message).toBe('DNS resolvers needs no second person: one hand check is enough.');
    const { host: other, incidentId: database } = declaredIncident('Primary database down', 'SEV1');
    expectOk(other.run('scopeServices', { incidentId: database, serviceIds: ['postgres-primary'], withDependencies: false }));
    expect(expectFailure(other.run('confirmService', { incidentId: database, serviceId: 'postgres-primary' })).message).toBe(
      'Nothing about Primary database waits for a second person: it is not marked up.',
    );
  });
});

/**
 * Two laptops cut off from each other check the same service at once, one
 * finding it up and the other down. Once they talk again, both show the
 * same board, with both checks in the service's history, and the host
 * tells the screens which board changed.
 */
import { describe, expect, it } from 'vitest';
import type { HostNotice } from '../../../shared/api.js';
import { connect } from '../../support/in-memory-link.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { settled } from '../../support/settled-hosts.js';
import { withBoardCatalogue } from '../../support/board-catalogue.js';

const { folders, hosts } = useScratch();

describe('a service checked on two laptops at once', () => {
  it('ends the same on both once they sync, with both checks in its history', async () => {
    const ana = withBoardCatalogue(hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' }));
    const bo = withBoardCatalogue(hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' }));
    const { incidentId } = expectOk(ana.run('declareIncident', { title: 'Resolvers failing', severity: 'SEV2', services: ['dns'] }));
    const first = connect(ana, bo);
    await settled(ana, bo);
    first.left.end('the network between them went down');

    // Apart: each checks DNS and finds something else.
    expectOk(ana.run('checkService', { incidentId, serviceId: 'dns', state: 'degraded', evidence: 'one resolver of two answers' }));
    expectOk(bo.run('checkService', { incidentId, serviceId: 'dns', state: 'down', evidence: 'no answer from the branch office' }));
    expect(ana.projection.board(incidentId)).not.toEqual(bo.projection.board(incidentId));

    const notices: HostNotice[] = [];
    const stopListening = bo.onNotice((notice) => notices.push(notice));
    connect(ana, bo);
    await settled(ana, bo);
    stopListening();

    const onAna = expectOk(ana.run('getIncident', { incidentId })).board;
    const onBo = expectOk(bo.run('getIncident', { incidentId })).board;
    expect(onBo).toEqual(onAna);
    expect(ana.projection.canonicalState()).toBe(bo.projection.canonicalState());
    const dns = onAna.services.find((service) => service.id === 'dns')!;
    expect(dns.history.map((check) => `${check.by}: ${check.state}`).sort()).toEqual(['Ana: degraded', 'Bo: down']);
    expect(dns.state).toBe(dns.history.at(-1)!.state);
    // Bo's screens hear of the board as it changed: Ana's check of DNS arrives in a notice.
    const told = () => notices.flatMap((notice) => (notice.type === 'changed' ? notice.boardChanges : [])).filter((change) => change.incidentId === incidentId);
    await expect.poll(() => told().some((change) => change.services.some((service) => service.id === 'dns'))).toBe(true);
  });
});

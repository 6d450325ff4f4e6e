import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** The way a page sends a write: its parameters and the key made when the person pressed Enter. */
const keyed = <T extends object>(input: T, writeKey: string) => ({ ...input, writeKey });

function withIncident() {
  const dataDir = folders.make();
  const host = hosts.openOn(dataDir);
  const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout latency', severity: 'SEV2' }));
  return { dataDir, host, incidentId };
}

const entriesSaying = (host: ReturnType<typeof withIncident>['host'], incidentId: string, text: string) =>
  expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => entry.text === text);

describe('a write sent again with the same key', () => {
  it('is recorded once, and the repeat gets the first answer', () => {
    const { host, incidentId } = withIncident();
    const first = host.call('addEntry', keyed({ incidentId, text: 'Rolled back v812' }, 'key-rolled-back-1'));
    const again = host.call('addEntry', keyed({ incidentId, text: 'Rolled back v812' }, 'key-rolled-back-1'));

    expect(again).toEqual(first);
    expect(entriesSaying(host, incidentId, 'Rolled back v812')).toHaveLength(1);
  });

  it('is still recorded once after the host was closed and opened again on the same folder', () => {
    const { dataDir, host, incidentId } = withIncident();
    const first = expectOk(host.call('addEntry', keyed({ incidentId, text: 'Paged the DBA' }, 'key-paged-dba-1')));
    hosts.close(host);

    const reopened = hosts.openOn(dataDir);
    const again = expectOk(reopened.call('addEntry', keyed({ incidentId, text: 'Paged the DBA' }, 'key-paged-dba-1')));

    expect(again).toEqual(first);
    expect(entriesSaying(reopened, incidentId, 'Paged the DBA')).toHaveLength(1);
  });

  it('with a different key is a second entry, as a person writing the same words twice means', () => {
    const { host, incidentId } = withIncident();
    expectOk(host.call('addEntry', keyed({ incidentId, text: 'Still slow' }, 'key-still-slow-1')));
    expectOk(host.call('addEntry', keyed({ incidentId, text: 'Still slow' }, 'key-still-slow-2')));

    expect(entriesSaying(host, incidentId, 'Still slow')).toHaveLength(2);
  });

  it('that was refused stores nothing, so the repeat is judged again', () => {
    const { host, incidentId } = withIncident();
    expect(expectFailure(host.call('addEntry', keyed({ incidentId: 'no-such-incident', text: 'Lost words' }, 'key-refused-1'))).code).toBe('not_found');
    expectOk(host.call('addEntry', keyed({ incidentId, text: 'Lost words' }, 'key-refused-2')));
    expect(entriesSaying(host, incidentId, 'Lost words')).toHaveLength(1);
  });

  it('refuses a malformed key, saying so, and records nothing', () => {
    const { host, incidentId } = withIncident();
    const refused = expectFailure(host.call('addEntry', keyed({ incidentId, text: 'Odd key' }, 'x')));
    expect(refused.message).toMatch(/write key/i);
    expect(entriesSaying(host, incidentId, 'Odd key')).toHaveLength(0);
  });
});

/**
 * A read from the host that it sends no notice about (the runbook library,
 * the role cards, the reporter's kit) is kept in the store once for every
 * component that shows it: one call on its way at a time, and a screen keeps
 * what it shows when reading it again fails.
 */
import { describe, expect, it } from 'vitest';
import type { ReporterKit } from '../../../shared/updates/status-template.js';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import { fail, ok } from '../../../shared/result.js';
import { readKey } from '../../../renderer/store/resources.js';
import { createHoldfastStore } from '../../../renderer/store/store.js';

const kit: ReporterKit = { templates: [], cadenceMinutes: DEFAULT_CADENCE_MINUTES, problems: [] };
const KIT = readKey('getReporterKit', {});

describe('a read from the host, kept for every component that shows it', () => {
  it('is one read for the same method with equal parameters, whatever object holds them', () => {
    expect(readKey('getRunbook', { runbookId: 'database-failover' })).toBe(readKey('getRunbook', { runbookId: 'database-failover' }));
    expect(readKey('getRunbook', { runbookId: 'database-failover' })).not.toBe(readKey('getRunbook', { runbookId: 'release-rollback' }));
    expect(readKey('listRunbooks', {})).not.toBe(readKey('listRoleCards', {}));
  });

  it('is asked of the host once while on its way, and again once answered or when something may have changed', () => {
    const store = createHoldfastStore();
    expect(store.getState().startReading(KIT, '')).toBe(true);
    expect(store.getState().startReading(KIT, '')).toBe(false);
    expect(store.getState().startReading(KIT, 'a drill started')).toBe(true);
    store.getState().settleResource(KIT, ok(kit));
    expect(store.getState().startReading(KIT, 'a drill started')).toBe(true);
  });

  it('is loaded with the host’s answer, or failed with its sentence when it never loaded', () => {
    const store = createHoldfastStore();
    store.getState().startReading(KIT, '');
    store.getState().settleResource(KIT, fail('unavailable', 'The host is busy.'));
    expect(store.getState().resources[KIT]).toEqual({ state: 'failed', message: 'The host is busy.' });
    store.getState().settleResource(KIT, ok(kit));
    expect(store.getState().resources[KIT]).toEqual({ state: 'loaded', value: kit });
  });

  it('keeps what was loaded when reading it again fails', () => {
    const store = createHoldfastStore();
    store.getState().settleResource(KIT, ok(kit));
    store.getState().settleResource(KIT, fail('unavailable', 'The host is busy.'));
    expect(store.getState().resources[KIT]).toEqual({ state: 'loaded', value: kit });
  });

  it('takes a write’s answer as its new value', () => {
    const store = createHoldfastStore();
    const key = readKey('listRunbooks', {});
    store.getState().settleResource(key, fail('unavailable', 'The host is busy.'));
    const catalogue = { runbooks: [], problems: [], ownFolders: ['/srv/runbooks'] };
    store.getState().replaceResource<'listRunbooks'>(key, catalogue);
    expect(store.getState().resources[key]).toEqual({ state: 'loaded', value: catalogue });
  });
});

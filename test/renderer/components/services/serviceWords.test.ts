/**
 * What a tile says, to the eye and to a screen reader: service, state and
 * freshness first, with who checked it; a faded check keeps its last state
 * in words; a four-eyes service names who marked it and who confirmed it.
 */
import { describe, expect, it } from 'vitest';
import { statusKind, statusLabel } from '../../../../renderer/components/services/board/serviceStatus.js';
import { statusSentence, tileName } from '../../../../renderer/components/services/board/serviceWords.js';
import { MINUTE, NOW, checked, service } from './services.js';

describe('a tile', () => {
  it('names the service, its state, how long ago and by whom it was checked, and its tier', () => {
    expect(tileName(checked('payments', 'down', 3, { name: 'Payments API', tier: 1 }), NOW)).toBe('Payments API: Down, checked 3 min ago by Ana, tier 1');
  });

  it('says a service nobody checked is unknown and never checked', () => {
    expect(tileName(service({ id: 'cdn', name: 'CDN' }), NOW)).toBe('CDN: Unknown, never checked, tier 2');
    expect(statusSentence(service({ id: 'cdn', name: 'CDN' }), 'unknown')).toBe('Unknown — nobody has checked it yet');
  });

  it('says a service a person found in an unknown state was checked, not that nobody did', () => {
    expect(statusSentence(checked('cdn', 'unknown', 2, { name: 'CDN' }), 'unknown')).toBe('Unknown — the last check could not tell');
  });

  it('fades a check older than the service’s freshness to unverified, keeping what it last said', () => {
    const old = checked('dns', 'up', 16, { name: 'DNS' });
    expect(statusKind(old, NOW)).toBe('unverified');
    expect(statusLabel('unverified')).toBe('◌ Unverified');
    expect(tileName(old, NOW)).toBe('DNS: Unverified (was Up), checked 16 min ago by Ana, tier 2');
    // A service with a longer freshness is still believed.
    expect(statusKind({ ...old, freshnessMs: 30 * MINUTE }, NOW)).toBe('up');
  });

  it('says a four-eyes service marked up waits for a second person, and names both once confirmed', () => {
    const marked = checked('ledger', 'up', 1, {
      name: 'Ledger',
      confirm: 'two',
      confirmation: { requestedBy: 'Ana', requestedDevice: 'dev-a', requestedAt: NOW - MINUTE, stamp: 's1', confirmedBy: null, confirmedDevice: null, confirmedAt: null },
    });
    expect(statusKind(marked, NOW)).toBe('awaiting');
    expect(statusSentence(marked, 'awaiting')).toBe('Up — awaiting a second person (marked by Ana)');
    expect(tileName(marked, NOW)).toBe('Ledger: Up, awaiting a second person (marked by Ana), checked 1 min ago by Ana, tier 2');

    const confirmed = { ...marked, confirmation: { ...marked.confirmation!, confirmedBy: 'Ben', confirmedDevice: 'dev-b', confirmedAt: NOW } };
    expect(statusKind(confirmed, NOW)).toBe('up');
    expect(statusSentence(confirmed, 'up')).toBe('Up — marked by Ana, confirmed by Ben');
    expect(tileName(confirmed, NOW)).toBe('Ledger: Up (Ana and Ben), checked 1 min ago by Ana, tier 2');
  });
});

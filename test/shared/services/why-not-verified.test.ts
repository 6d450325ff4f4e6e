/** The few words that say why a service does not count as up yet, so a person knows what to do about it. */
import { describe, expect, it } from 'vitest';
import type { ServiceCheckView } from '../../../shared/projection/board-views.js';
import type { ServiceState } from '../../../shared/services/service-state.js';
import { whyNotVerifiedUp } from '../../../shared/services/why-not-verified.js';

const NOW = 1_795_000_000_000;
const check = (state: ServiceState, ageMs: number): ServiceCheckView => ({ state, evidence: '', by: 'Ana', device: 'ana', at: NOW - ageMs, stamp: 's', override: false, reason: '' });
const service = (state: ServiceState, ageMs: number | null, waitsForSecond = false) => ({
  state,
  lastCheck: ageMs === null ? null : check(state, ageMs),
  freshnessMs: 900_000,
  confirmation: waitsForSecond
    ? { requestedBy: 'Ana', requestedDevice: 'ana', requestedAt: NOW, stamp: 's', confirmedBy: null, confirmedDevice: null, confirmedAt: null }
    : null,
});

describe('why a service is not verified up', () => {
  it('says it was never checked, what the check found, that the check is stale, or that it waits for a second person', () => {
    expect(whyNotVerifiedUp(service('unknown', null), NOW)).toBe('not checked yet');
    expect(whyNotVerifiedUp(service('degraded', 60_000), NOW)).toBe('checked degraded');
    expect(whyNotVerifiedUp(service('up', 16 * 60_000), NOW)).toBe('its check is over 15 minutes old');
    expect(whyNotVerifiedUp(service('up', 60_000, true), NOW)).toBe('waiting for a second person to confirm it');
    expect(whyNotVerifiedUp(service('up', 60_000), NOW)).toBeNull();
  });
});

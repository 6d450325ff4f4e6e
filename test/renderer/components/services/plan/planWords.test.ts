import { describe, expect, it } from 'vitest';
import { criticalPathTime, layerProgressText, layerTitle, planDuration, planState, stateWord } from '../../../../../renderer/components/services/plan/planWords.js';
import { check, MINUTE, NOW, service } from './board.js';

describe('the restart plan’s words', () => {
  it('names the first layer as the one that can start first, and each later one after the one before', () => {
    expect(layerTitle(0)).toBe('Layer 1 — can start first');
    expect(layerTitle(2)).toBe('Layer 3 — after layer 2');
  });

  it('says a layer’s progress as verified up of all', () => {
    expect(layerProgressText(7, 12)).toBe('7 of 12 verified up');
  });

  it('gives restart times in hours and minutes', () => {
    expect(planDuration(80 * MINUTE)).toBe('1h 20m');
    expect(planDuration(45 * MINUTE)).toBe('45m');
    expect(planDuration(120 * MINUTE)).toBe('2h');
    expect(planDuration(27 * 60 * MINUTE)).toBe('1d 3h');
    expect(planDuration(20_000)).toBe('under a minute');
  });

  it('says the critical path’s time as a lower bound when some services have no estimate', () => {
    expect(criticalPathTime(80 * MINUTE, 5, 2)).toBe('At least 1h 20m; 2 services without an estimate.');
    expect(criticalPathTime(80 * MINUTE, 5, 1)).toBe('At least 1h 20m; 1 service without an estimate.');
    expect(criticalPathTime(80 * MINUTE, 3, 0)).toBe('Expected to take 1h 20m.');
    expect(criticalPathTime(0, 2, 2)).toBe('Time unknown: none of its 2 services has a restart estimate.');
    expect(criticalPathTime(0, 0, 0)).toMatch(/^Nothing left/);
  });

  it('reads a check older than the service’s freshness as unverified, whatever it said', () => {
    const fresh = service('dns', { checked: check('up', 10) });
    const stale = service('dns', { checked: check('up', 16) });
    expect(stateWord(planState(fresh, NOW))).toBe('▲ Up');
    expect(stateWord(planState(stale, NOW))).toBe('◌ Unverified');
    expect(stateWord(planState(service('dns'), NOW))).toBe('? Unknown');
  });

  it('says an up still waiting for a second person is not yet up', () => {
    const marked = service('db', {
      checked: check('up', 1),
      confirm: 'two',
      confirmation: { requestedBy: 'Ana', requestedDevice: 'a', requestedAt: NOW, stamp: 's', confirmedBy: null, confirmedDevice: null, confirmedAt: null },
    });
    expect(stateWord(planState(marked, NOW))).toBe('△ Up, awaiting a second person');
  });
});

import { describe, expect, it } from 'vitest';
import type { RestartPlanView } from '../../../../../shared/services/restart-plan-view.js';
import { drawnLayers } from '../../../../../renderer/components/services/plan/layerRows.js';
import { NO_FILTER } from '../../../../../renderer/components/services/plan/planFilter.js';
import { check, NOW, service } from './board.js';

const services = [
  service('core-network', { name: 'Core network', team: 'Network', tier: 1, checked: check('up', 2) }),
  service('power', { name: 'Power', team: 'Facilities', tier: 1, checked: check('up', 30) }),
  service('dns', { name: 'DNS', team: 'Network', tier: 1, needs: ['core-network'] }),
  service('wiki', { name: 'Wiki', team: 'Tools', tier: 3, needs: ['dns'] }),
];
const byId = new Map(services.map((each) => [each.id, each] as const));
const plan: RestartPlanView = {
  layers: [
    { index: 0, serviceIds: ['core-network', 'power'], verifiedUp: 1 },
    { index: 1, serviceIds: ['dns'], verifiedUp: 0 },
    { index: 2, serviceIds: ['wiki'], verifiedUp: 0 },
  ],
  ready: [],
  readyByTeam: [],
  waiting: [],
  criticalPath: [],
  criticalPathMs: 0,
  unestimated: [],
};

describe('the layers as drawn', () => {
  it('says each layer’s progress, counting a stale up as not verified', () => {
    const layers = drawnLayers(plan, byId, NO_FILTER, NOW);
    expect(layers.map((layer) => [layer.title, layer.progress])).toEqual([
      ['Layer 1 — can start first', '1 of 2 verified up'],
      ['Layer 2 — after layer 1', '0 of 1 verified up'],
      ['Layer 3 — after layer 2', '0 of 1 verified up'],
    ]);
  });

  it('keeps a layer’s number when the filter empties the layers before it', () => {
    const layers = drawnLayers(plan, byId, { team: 'Tools', tier: null }, NOW);
    expect(layers.map((layer) => layer.title)).toEqual(['Layer 3 — after layer 2']);
  });

  it('counts progress over what the filter keeps', () => {
    const layers = drawnLayers(plan, byId, { team: 'Network', tier: null }, NOW);
    expect(layers[0]!.progress).toBe('1 of 1 verified up');
  });
});

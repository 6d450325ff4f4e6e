import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../../renderer/navigation/route.js';
import type { Route } from '../../../renderer/navigation/route.js';

describe('where the person is', () => {
  it('round-trips every screen through the address', () => {
    const routes: Route[] = [
      { screen: 'home' },
      { screen: 'declare' },
      { screen: 'room' },
      { screen: 'incident', incidentId: 'a1b2c3d4' },
      { screen: 'incident', incidentId: 'a1b2c3d4', entryId: 'sys-0f3a9c' },
      { screen: 'postmortem', incidentId: 'a1b2c3d4' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('falls back to the incident list for an address it does not know', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/incident/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/incident/<script>')).toEqual({ screen: 'home' });
    expect(parseRoute('#/incident/a1b2c3d4/post-mortem/extra')).toEqual({ screen: 'home' });
  });
});

/** Whom to call about a service: its team on the roster, on call first. */
import { describe, expect, it } from 'vitest';
import { teamPeople } from '../../../../renderer/components/services/board/teamPeople.js';

describe('the people of a service’s team', () => {
  const people = [
    { name: 'Zoë', team: 'Network', onCall: false },
    { name: 'Ben', team: 'network ', onCall: false },
    { name: 'Yuki', team: 'Network', onCall: true },
    { name: 'Ana', team: 'Databases', onCall: true },
  ];

  it('are the roster’s people of that team however it is spelled, on call first, then by name', () => {
    expect(teamPeople(people, 'Network').map((person) => person.name)).toEqual(['Yuki', 'Ben', 'Zoë']);
  });

  it('are nobody for a service with no team', () => {
    expect(teamPeople(people, '')).toEqual([]);
  });
});

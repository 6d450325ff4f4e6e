/** What the override names: the dependencies on the board that are not verified up at the moment the form is read. */
import { describe, expect, it } from 'vitest';
import { notVerifiedUp } from '../../../shared/services/not-verified-up.js';
import { NOW, checked, service } from '../../renderer/components/services/services.js';

describe('what a service waits on before it may be marked up', () => {
  const board = [
    checked('core-network', 'up', 2, { name: 'Core network' }),
    checked('dns', 'up', 20, { name: 'DNS resolvers' }),
    service({ id: 'ldap', name: 'LDAP directory' }),
  ];

  it('is each dependency on the board not verified up now: a stale green counts as not up', () => {
    const waiting = notVerifiedUp({ dependsOnInScope: ['core-network', 'dns', 'ldap'] }, board, NOW);
    expect(waiting.map((one) => one.name)).toEqual(['DNS resolvers', 'LDAP directory']);
  });

  it('is nothing once every dependency is verified up, and leaves out dependencies not on the board', () => {
    expect(notVerifiedUp({ dependsOnInScope: ['core-network', 'gone'] }, board, NOW)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightOf, highlightRole, neededBySentence, waitsOnSentence } from '../../../../../renderer/components/services/plan/highlight.js';
import { chain, check, NOW, service } from './board.js';

describe('a chosen service’s chains', () => {
  const services = chain();
  const byId = new Map(services.map((each) => [each.id, each] as const));

  it('lights up what it needs, near and far, and what needs it, near and far', () => {
    const highlight = highlightOf(services, 'ldap');
    expect([...highlight.needsDirectly]).toEqual(['dns']);
    expect([...highlight.needs].sort()).toEqual(['core-network', 'dns']);
    expect([...highlight.neededByDirectly]).toEqual(['sso']);
    expect([...highlight.neededBy].sort()).toEqual(['sso', 'storefront']);
  });

  it('marks a service by its nearest link to the chosen one, and nothing for one unrelated', () => {
    const highlight = highlightOf([...services, service('wiki', { name: 'Wiki' })], 'dns');
    expect(highlightRole(highlight, 'dns')).toBe('selected');
    expect(highlightRole(highlight, 'core-network')).toBe('needed-directly');
    expect(highlightRole(highlight, 'ldap')).toBe('waits-directly');
    // Storefront needs DNS directly as well as through SSO: the direct link is the one said.
    expect(highlightRole(highlight, 'storefront')).toBe('waits-directly');
    expect(highlightRole(highlight, 'sso')).toBe('waits');
    expect(highlightRole(highlight, 'wiki')).toBeNull();
    expect(highlightRole(null, 'dns')).toBeNull();
  });

  it('does not make a service need itself when the data has a cycle', () => {
    const loop = [service('a', { needs: ['b'] }), service('b', { needs: ['a'] })];
    const highlight = highlightOf(loop, 'a');
    expect(highlight.needs.has('a')).toBe(false);
    expect(highlight.neededBy.has('a')).toBe(false);
  });

  it('says what it waits on with each one’s state, leaving out what is verified up', () => {
    const storefront = service('storefront', { name: 'Storefront', needs: ['dns', 'ldap', 'sso'] });
    const live = new Map([
      ['dns', service('dns', { name: 'DNS resolvers', checked: check('up', 20) })],
      ['ldap', service('ldap', { name: 'LDAP', checked: check('down', 2) })],
      ['sso', service('sso', { name: 'SSO', checked: check('up', 2) })],
    ]);
    expect(waitsOnSentence(storefront, live, NOW)).toBe('Waits on: DNS resolvers (unverified), LDAP (down).');
  });

  it('says a service with nothing to wait for can start', () => {
    expect(waitsOnSentence(byId.get('core-network')!, byId, NOW)).toMatch(/^Waits on nothing: it needs nothing else in scope/);
    const upDns = new Map(byId).set('core-network', service('core-network', { name: 'Core network', checked: check('up', 1) }));
    expect(waitsOnSentence(byId.get('dns')!, upDns, NOW)).toBe('Waits on nothing: all it needs is verified up (Core network).');
  });

  it('says what needs it, and when nothing does', () => {
    expect(neededBySentence(byId.get('dns')!, services, NOW)).toBe('Needed by: LDAP (unknown), Storefront (unknown).');
    expect(neededBySentence(byId.get('storefront')!, services, NOW)).toBe('Nothing in scope needs it.');
  });

  it('names at most eight of what needs it and counts the rest', () => {
    const many = Array.from({ length: 11 }, (_, index) => service(`app-${index}`, { name: `App ${index}`, needs: ['dns'] }));
    const sentence = neededBySentence(byId.get('dns')!, [...services, ...many], NOW);
    expect(sentence).toMatch(/^Needed by: LDAP \(unknown\), Storefront \(unknown\), App 0 \(unknown\),/);
    expect(sentence).toMatch(/App 5 \(unknown\) and 5 more, marked “waits on it” below\.$/);
  });
});

/**
 * What a chosen service waits on and what waits on it: at 150 services a
 * graph with every edge is unreadable, so the plan draws layers and lights
 * up only the chosen service's chains, said in words too.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { isVerifiedUp } from '../../../../shared/services/freshness.js';
import { planState, stateInSentence } from './planWords.js';

export interface Highlight {
  readonly selected: string;
  /** What it needs directly, and everything those need in turn. */
  readonly needs: ReadonlySet<string>;
  readonly needsDirectly: ReadonlySet<string>;
  /** What needs it directly, and everything that needs those in turn. */
  readonly neededBy: ReadonlySet<string>;
  readonly neededByDirectly: ReadonlySet<string>;
}

function reach(start: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...next(id));
  }
  return found;
}

export function highlightOf(services: readonly ServiceView[], selected: string): Highlight {
  const byId = new Map(services.map((service) => [service.id, service] as const));
  const dependents = new Map<string, string[]>();
  for (const service of services) {
    for (const id of service.dependsOnInScope) dependents.set(id, [...(dependents.get(id) ?? []), service.id]);
  }
  const needsDirectly = byId.get(selected)?.dependsOnInScope ?? [];
  const neededByDirectly = dependents.get(selected) ?? [];
  const needs = reach(needsDirectly, (id) => byId.get(id)?.dependsOnInScope ?? []);
  const neededBy = reach(neededByDirectly, (id) => dependents.get(id) ?? []);
  // A cycle in the data must not make a service need itself on screen.
  needs.delete(selected);
  neededBy.delete(selected);
  return { selected, needs, needsDirectly: new Set(needsDirectly), neededBy, neededByDirectly: new Set(neededByDirectly) };
}

export type HighlightRole = 'selected' | 'needed' | 'needed-directly' | 'waits' | 'waits-directly' | null;

/** How a service stands to the chosen one; a direct link wins over a far one. */
export function highlightRole(highlight: Highlight | null, id: string): HighlightRole {
  if (highlight === null) return null;
  if (id === highlight.selected) return 'selected';
  if (highlight.needsDirectly.has(id)) return 'needed-directly';
  if (highlight.neededByDirectly.has(id)) return 'waits-directly';
  if (highlight.needs.has(id)) return 'needed';
  if (highlight.neededBy.has(id)) return 'waits';
  return null;
}

/** The mark a highlighted service carries in words, beside the colour. */
export const HIGHLIGHT_MARK: Readonly<Record<Exclude<HighlightRole, null>, string>> = {
  selected: 'chosen',
  'needed-directly': 'needed by it',
  needed: 'needed further up',
  'waits-directly': 'waits on it',
  waits: 'waits further down',
};

const named = (service: ServiceView, now: number) => `${service.name} (${stateInSentence(planState(service, now))})`;

/** "Waits on: DNS resolvers (unverified), LDAP (down)", or why it waits on nothing. */
export function waitsOnSentence(service: ServiceView, byId: ReadonlyMap<string, ServiceView>, now: number): string {
  const needs = service.dependsOnInScope.flatMap((id) => byId.get(id) ?? []);
  if (needs.length === 0) return 'Waits on nothing: it needs nothing else in scope, so it can start first.';
  const waiting = needs.filter((dependency) => !isVerifiedUp(dependency, now));
  if (waiting.length === 0) return `Waits on nothing: all it needs is verified up (${needs.map((dependency) => dependency.name).join(', ')}).`;
  return `Waits on: ${waiting.map((dependency) => named(dependency, now)).join(', ')}.`;
}

/** How many of what needs a service are named; the rest are counted, and marked in the layers. */
const NAMED_DEPENDENTS = 8;

/** "Needed by: Storefront (down), Checkout (unknown)", the longest lists cut short. */
export function neededBySentence(service: ServiceView, services: readonly ServiceView[], now: number): string {
  const dependents = services.filter((each) => each.dependsOnInScope.includes(service.id));
  if (dependents.length === 0) return 'Nothing in scope needs it.';
  const shown = dependents.slice(0, NAMED_DEPENDENTS).map((dependent) => named(dependent, now));
  const more = dependents.length - shown.length;
  return `Needed by: ${shown.join(', ')}${more > 0 ? ` and ${more} more, marked “waits on it” below` : ''}.`;
}

/**
 * "Ready to start", offered to the teams that own the services: each team
 * with its people on the roster (on call first, to ring), and the services
 * it can start now. A team with nobody on the roster is said plainly, so
 * the coordinator knows to find someone.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import type { PersonView } from '../../../../shared/projection/views.js';
import type { RestartPlanView } from '../../../../shared/services/restart-plan-view.js';
import { matchesFilter, teamLabel, type PlanFilter } from './planFilter.js';

export interface ReadyTeamOffer {
  readonly team: string;
  readonly label: string;
  /** On call first, then by name. */
  readonly people: readonly PersonView[];
  /** Said when nobody is on the roster for the team; null when someone is (or no team owns the services). */
  readonly nobody: string | null;
  readonly services: readonly ServiceView[];
}

const sameTeam = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function teamPeople(team: string, people: readonly PersonView[]): readonly PersonView[] {
  if (team.trim() === '') return [];
  return people
    .filter((person) => sameTeam(person.team, team))
    .sort((a, b) => Number(b.onCall) - Number(a.onCall) || a.name.localeCompare(b.name, 'en'));
}

/** `people` null: the roster has not arrived yet, so nobody is called missing. */
export function readyTeamOffers(
  plan: RestartPlanView,
  byId: ReadonlyMap<string, ServiceView>,
  people: readonly PersonView[] | null,
  filter: PlanFilter,
): readonly ReadyTeamOffer[] {
  return plan.readyByTeam.flatMap((group) => {
    const services = group.serviceIds.flatMap((id) => {
      const service = byId.get(id);
      return service !== undefined && matchesFilter(service, filter) ? [service] : [];
    });
    if (services.length === 0) return [];
    const members = teamPeople(group.team, people ?? []);
    const nobody =
      group.team === '' ? null
      : people !== null && members.length === 0 ? `Nobody on the roster for team ${group.team}.`
      : null;
    return [{ team: group.team, label: teamLabel(group.team), people: members, nobody, services }];
  });
}

/** How to reach a person, best first: "+1 555 0100 · chat @ana"; '' when the roster has neither. */
export function reachBy(person: Pick<PersonView, 'phone' | 'chat' | 'email'>): string {
  const ways = [person.phone, person.chat === '' ? '' : `chat ${person.chat}`].filter((way) => way !== '');
  if (ways.length === 0 && person.email !== '') ways.push(person.email);
  return ways.join(' · ');
}

/**
 * When each person last rehearsed each role in a drill (issue 17): the
 * person's card on the People screen and the roster show it, so a team can
 * see who has never coordinated before the night they must.
 *
 * Built from the participants recorded on drills (drill.participants_recorded),
 * never from role hand-overs alone: holding a role in the app is not proof
 * the person rehearsed it, someone saying they took part is. A drill counts
 * from its start, whether it ran to the end, was stopped or is still running:
 * people rehearsed their role either way, and a stopped drill is often the
 * most instructive one.
 */
import type { DrillParticipant, DrillView } from '../projection/checklist-views.js';
import type { IncidentView } from '../projection/views.js';
import { KEY_ROLES } from '../roles/roles.js';

export interface RehearsedRole {
  readonly personId: string | null;
  readonly name: string;
  readonly role: string;
  /** The drill's start. */
  readonly lastAt: number;
  readonly incidentId: string;
  readonly runbookId: string;
  /** The drill incident's title ("Drill: Database primary failover"). */
  readonly drillTitle: string;
  readonly drillState: DrillView['state'];
}

/** One person across drills: by roster id, else by name whatever its case; the incident fold merges recorded participants by it too. */
export function participantKey(participant: { readonly personId: string | null; readonly name: string }): string {
  return participant.personId ?? `name:${participant.name.toLocaleLowerCase()}`;
}

/** Per person and role, the latest drill they rehearsed it in; by name, then role. */
export function rehearsedRoles(incidents: Iterable<IncidentView>): RehearsedRole[] {
  const latest = new Map<string, RehearsedRole>();
  for (const incident of incidents) {
    const drill = incident.drill;
    if (drill === null) continue;
    for (const { personId, name, roles } of drill.participants) {
      for (const role of roles) {
        const key = `${participantKey({ personId, name })}\u0000${role.toLocaleLowerCase()}`;
        const candidate: RehearsedRole = {
          personId,
          name,
          role,
          lastAt: drill.startedAt,
          incidentId: incident.id,
          runbookId: drill.runbookId,
          drillTitle: incident.title,
          drillState: drill.state,
        };
        const known = latest.get(key);
        if (!known || isLater(candidate, known)) latest.set(key, candidate);
      }
    }
  }
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name) || a.role.localeCompare(b.role) || compareText(a.incidentId, b.incidentId));
}

/** Later start wins; two drills started the same millisecond are told apart by id, so every laptop picks the same. */
function isLater(candidate: RehearsedRole, known: RehearsedRole): boolean {
  return candidate.lastAt > known.lastAt || (candidate.lastAt === known.lastAt && compareText(candidate.incidentId, known.incidentId) > 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One roster person's rehearsals, latest first: those recorded with their id,
 * and those recorded by a name only that is theirs (typed, not picked).
 */
export function rehearsalsOfPerson(person: { readonly id: string; readonly name: string }, rehearsals: readonly RehearsedRole[]): RehearsedRole[] {
  const name = person.name.toLocaleLowerCase();
  const theirs = rehearsals.filter((rehearsal) => (rehearsal.personId === null ? rehearsal.name.toLocaleLowerCase() === name : rehearsal.personId === person.id));
  // A role rehearsed under the id and under the name alone counts once, at its latest.
  const byRole = new Map<string, RehearsedRole>();
  for (const rehearsal of theirs) {
    const key = rehearsal.role.toLocaleLowerCase();
    const known = byRole.get(key);
    if (!known || isLater(rehearsal, known)) byRole.set(key, rehearsal);
  }
  return [...byRole.values()].sort((a, b) => b.lastAt - a.lastAt || a.role.localeCompare(b.role));
}

/** The key roles (coordinator, reporter, partner liaison) none of these rehearsals is of. */
export function keyRolesNeverRehearsed(rehearsals: readonly RehearsedRole[]): string[] {
  const rehearsed = new Set(rehearsals.map((rehearsal) => rehearsal.role.toLocaleLowerCase()));
  return KEY_ROLES.map((role) => role.name).filter((role) => !rehearsed.has(role.toLocaleLowerCase()));
}

/**
 * Who held a role during the drill, with the roles they held: what the "Who
 * took part" form starts from. A hand-over after the drill ended is not
 * rehearsal; a vacating names nobody.
 */
export function drillRoleHolders(incident: IncidentView): DrillParticipant[] {
  const drill = incident.drill;
  if (drill === null) return [];
  const until = drill.endedAt ?? Number.POSITIVE_INFINITY;
  const holders = new Map<string, { personId: string | null; name: string; roles: string[] }>();
  for (const role of incident.roles) {
    for (const handOver of role.history) {
      if (handOver.to === null || handOver.at > until) continue;
      const key = participantKey({ personId: handOver.toPersonId, name: handOver.to });
      const holder = holders.get(key) ?? { personId: handOver.toPersonId, name: handOver.to, roles: [] };
      if (!holder.roles.includes(role.name)) holder.roles.push(role.name);
      holders.set(key, holder);
    }
  }
  return [...holders.values()];
}

/**
 * What a list of participants would add to those already recorded: each
 * person with only the roles not yet recorded for them; a person already
 * recorded with nothing new is left out. Empty: recording it changes nothing.
 */
export function participantsToAdd(proposed: readonly DrillParticipant[], recorded: readonly DrillParticipant[]): DrillParticipant[] {
  const known = new Map<string, Set<string>>();
  for (const participant of recorded) {
    const key = participantKey(participant);
    const roles = known.get(key) ?? new Set<string>();
    for (const role of participant.roles) roles.add(role);
    known.set(key, roles);
  }
  const adding = new Map<string, DrillParticipant>();
  for (const participant of proposed) {
    const key = participantKey(participant);
    const already = known.get(key);
    const before = adding.get(key);
    const roles = [...(before?.roles ?? []), ...participant.roles.filter((role) => !already?.has(role) && !before?.roles.includes(role))];
    if (already && roles.length === 0) continue;
    adding.set(key, { personId: participant.personId, name: participant.name, roles: [...new Set(roles)] });
  }
  return [...adding.values()];
}

/**
 * The call-out files as one plan, and an incident's list drawn from it: the
 * files are read in order (the shipped folder, then this laptop's own), a
 * severity written in a later file replacing the earlier one's whole, so
 * what a company writes for SEV1 is all SEV1 calls. Drawing resolves each chain to
 * people on the roster and partner contacts, with the numbers and addresses
 * they have now; a name not on the roster or the partner list is a problem
 * with its file and line, and the rest of the chain still stands.
 */
import type { z } from 'zod';
import type { calleeSchema } from '../events.js';
import { ENGAGEMENT_LABEL } from '../people/engagement.js';
import type { PartnerView, PersonView } from '../projection/views.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { Severity } from '../severity.js';
import type { ParsedCallOutFile, WrittenChain } from './parse-call-out.js';
import { partnerContactRecipientKey, personRecipientKey } from './resolve-recipients.js';

export type Callee = z.output<typeof calleeSchema>;

export interface PlannedSeverity {
  readonly severity: Severity;
  readonly escalateAfterMs: number;
  readonly chains: readonly (WrittenChain & { readonly file: string })[];
}

export interface CallOutPlan {
  readonly severities: readonly PlannedSeverity[];
  readonly problems: readonly RunbookProblem[];
}

/** One incident's list for a severity: the first of each chain to call now, the rest in reserve. */
export interface DrawnCallout {
  readonly severity: Severity;
  readonly escalateAfterMs: number;
  readonly first: readonly Callee[];
  readonly standby: readonly Callee[];
  readonly problems: readonly RunbookProblem[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function mergeCallOutFiles(files: readonly ParsedCallOutFile[]): CallOutPlan {
  const bySeverity = new Map<Severity, PlannedSeverity>();
  for (const file of files) {
    // A later file's severity replaces the earlier one's whole: the laptop's own folder over the shipped one.
    for (const written of file.severities) bySeverity.set(written.severity, { severity: written.severity, escalateAfterMs: written.escalateAfterMs, chains: written.chains.map((chain) => ({ ...chain, file: written.file })) });
  }
  const severities = [...bySeverity.values()].sort((a, b) => (a.severity < b.severity ? -1 : 1));
  return { severities, problems: files.flatMap((file) => file.problems) };
}

/** What the file says of a severity, one line per chain, in its own words. */
export function describeChain(chain: WrittenChain): string {
  switch (chain.kind) {
    case 'team':
      return `${chain.team}: ${chain.steps.map((step) => ('onCall' in step ? 'on call' : step.name)).join(', then ')}`;
    case 'people':
      return chain.people.map((person) => person.name).join(', then ');
    case 'partner':
      return `${chain.partner} (partner, ${ENGAGEMENT_LABEL[chain.level].toLocaleLowerCase('en')})`;
    default:
      return chain satisfies never;
  }
}

export function drawCallout(plan: CallOutPlan, severity: Severity, people: readonly PersonView[], partners: readonly PartnerView[]): DrawnCallout | null {
  const planned = plan.severities.find((candidate) => candidate.severity === severity);
  if (!planned) return null;
  const problems: RunbookProblem[] = [];
  const first: Callee[] = [];
  const standby: Callee[] = [];
  const listed = new Set<string>();
  for (const chain of planned.chains) {
    const problem = (line: number, reason: string) => problems.push({ file: chain.file, line, reason });
    const ranked = resolveChain(chain, severity, people, partners, problem);
    const unique = ranked.filter((callee, index) => ranked.findIndex((other) => other.key === callee.key) === index);
    unique.forEach((callee, rank) => {
      const placed = { ...callee, rank };
      if (rank === 0) {
        if (!listed.has(placed.key)) first.push(placed);
        listed.add(placed.key);
      } else standby.push(placed);
    });
  }
  return { severity, escalateAfterMs: planned.escalateAfterMs, first, standby, problems };
}

type Unranked = Omit<Callee, 'rank'>;

function resolveChain(chain: PlannedSeverity['chains'][number], severity: Severity, people: readonly PersonView[], partners: readonly PartnerView[], problem: (line: number, reason: string) => void): Unranked[] {
  const fromPerson = (person: PersonView, chainName: string, why: string): Unranked => ({
    key: personRecipientKey(person.id),
    name: person.name,
    personId: person.id,
    partnerId: null,
    why,
    chain: chainName,
    phone: person.phone,
    email: person.email,
  });
  const named = (name: string, line: number): PersonView | null => {
    const person = people.find((candidate) => same(candidate.name, name));
    if (!person) problem(line, `"${name}" is not on the roster: add them to the roster, or write their name as the roster has it`);
    return person ?? null;
  };
  switch (chain.kind) {
    case 'team': {
      const members = people.filter((person) => same(person.team, chain.team));
      if (members.length === 0) {
        problem(chain.line, `nobody on the roster is in a team called "${chain.team}": write the team as the roster names it`);
        return [];
      }
      const team = members[0]!.team.trim();
      const callees: Unranked[] = [];
      for (const step of chain.steps) {
        if ('onCall' in step) {
          const onCall = members.filter((person) => person.onCall);
          if (onCall.length === 0) problem(step.line, `nobody in ${team} is marked on call on the roster, so the next in the chain is called first`);
          callees.push(...onCall.map((person) => fromPerson(person, team, `on call for ${team}`)));
        } else {
          const person = named(step.name, step.line);
          if (person) callees.push(fromPerson(person, team, `for ${team}`));
        }
      }
      return callees;
    }
    case 'people': {
      const found = chain.people.flatMap((written) => named(written.name, written.line) ?? []);
      return found.map((person) => fromPerson(person, found[0]!.name, `named for every ${severity}`));
    }
    case 'partner': {
      const partner = partners.find((candidate) => same(candidate.name, chain.partner));
      if (!partner) {
        problem(chain.line, `"${chain.partner}" is not on the partner list: add the partner, or write its name as the list has it`);
        return [];
      }
      if (partner.contacts.length === 0) problem(chain.line, `${partner.name} has no contacts on the partner list to call`);
      const why = `${partner.name}, ${ENGAGEMENT_LABEL[chain.level].toLocaleLowerCase('en')}`;
      return partner.contacts.map((contact) => ({
        key: partnerContactRecipientKey(partner.id, contact.name),
        name: contact.name,
        personId: null,
        partnerId: partner.id,
        why,
        chain: partner.name,
        phone: contact.phone,
        email: contact.email,
      }));
    }
    default:
      return chain satisfies never;
  }
}

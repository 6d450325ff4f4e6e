/**
 * What importing a roster file changes. A row or card is the same person as
 * someone already on the roster when it has their e-mail address, or else
 * their name (case aside); then it updates them instead of adding a second
 * copy. A record that would not change is counted as unchanged and nothing
 * is written, so importing the same file twice changes nothing the second
 * time. Each row is checked with the very schema a save is checked with.
 */
import type { PeopleImportSummary } from '../../shared/api.js';
import { personFieldsSchema } from '../../shared/events.js';
import type { PersonView } from '../../shared/projection/views.js';
import { BLANK_PERSON, PERSON_FIELDS, type ImportProblem, type PersonField, type PersonFields, type RosterEntry, type RosterReading, type TypedContact } from './roster-entry.js';

export interface RosterSave {
  /** The person updated, or null for someone new. */
  readonly personId: string | null;
  readonly fields: PersonFields;
}

export interface RosterImportPlan {
  readonly saves: readonly RosterSave[];
  readonly summary: PeopleImportSummary;
}

/** One person this file has already spoken for, so a second row for them is caught. */
interface Claim {
  readonly line: number;
  readonly personId: string | null;
  readonly email: string;
  readonly name: string;
}

const sameKey = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function planRosterImport(roster: readonly PersonView[], reading: RosterReading): RosterImportPlan {
  const problems: ImportProblem[] = [...reading.problems];
  const saves: RosterSave[] = [];
  const known = new RosterIndex(roster);
  const claims = new ClaimIndex();
  let added = 0;
  let updated = 0;
  let unchanged = 0;

  for (const entry of reading.entries) {
    const checked = checkedFields(entry);
    if ('message' in checked) {
      problems.push(checked);
      continue;
    }
    const match = known.match(checked);
    if ('message' in match) {
      problems.push({ line: entry.line, message: match.message });
      continue;
    }
    const claim: Claim = { line: entry.line, personId: match.person?.id ?? null, email: sameKey(checked.email ?? match.person?.email ?? ''), name: sameKey(checked.name) };
    const earlier = claims.earlier(claim);
    if (earlier) {
      const why = claim.email !== '' && earlier.email === claim.email ? 'the same e-mail address' : 'the same name';
      problems.push({ line: entry.line, message: `it is the same person as line ${earlier.line} (${why}), so only line ${earlier.line} was used` });
      continue;
    }
    claims.add(claim);

    const { person } = match;
    const fields: PersonFields = { ...BLANK_PERSON, ...(person && fieldsOf(person)), ...checked };
    if (person === null) {
      added += 1;
      saves.push({ personId: null, fields });
    } else if (PERSON_FIELDS.every((field) => fields[field] === person[field]) && sameContacts(fields.phones, person.phones) && sameContacts(fields.emails, person.emails)) {
      unchanged += 1;
    } else {
      updated += 1;
      saves.push({ personId: person.id, fields });
    }
  }
  return { saves, summary: { added, updated, unchanged, problems: problems.sort((a, b) => a.line - b.line) } };
}

type CheckedFields = Partial<PersonFields> & Pick<PersonFields, 'name'>;

/** The entry's fields as a save would store them (trimmed, within the limits), or why it cannot be used. */
function checkedFields(entry: RosterEntry): CheckedFields | ImportProblem {
  const lineOf = (field: PersonField | undefined) => (field && entry.fieldLines?.[field]) ?? entry.line;
  if (!entry.fields.name?.trim()) return { line: lineOf('name'), message: 'no name' };
  const parsed = personFieldsSchema.partial().safeParse(entry.fields);
  if (parsed.success) {
    // Only what the file gives: a default the schema fills in (no phones) must not wipe what the roster has.
    const given = Object.fromEntries(Object.entries(parsed.data).filter(([field]) => field in entry.fields)) as Partial<PersonFields>;
    return { ...given, name: parsed.data.name ?? entry.fields.name };
  }
  const issues = parsed.error.issues;
  const field = issues[0]?.path[0] as PersonField | undefined;
  // An over-long address is both the e-mail and one of the e-mails: said once.
  return { line: lineOf(field), message: [...new Set(issues.map((issue) => asClause(issue.message)))].join('; ') };
}

/** "The e-mail address is too long (at most 200 characters)." as "the e-mail address is too long (at most 200 characters)". */
function asClause(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '');
}

function fieldsOf(person: PersonView): PersonFields {
  const { name, team, phone, email, chat, notes, onCall, phones, emails } = person;
  return { name, team, phone, email, chat, notes, onCall, phones: [...phones], emails: [...emails] };
}

function sameContacts(a: readonly TypedContact[], b: readonly TypedContact[]): boolean {
  return a.length === b.length && a.every((contact, index) => contact.type === b[index]?.type && contact.value === b[index]?.value);
}

/** The roster by e-mail address and by name (case and spacing aside), so a file of thousands is matched in one pass. */
class RosterIndex {
  private readonly byEmail = new Map<string, PersonView[]>();
  private readonly byName = new Map<string, PersonView[]>();

  constructor(roster: readonly PersonView[]) {
    for (const person of roster) {
      if (person.email.trim() !== '') push(this.byEmail, sameKey(person.email), person);
      push(this.byName, sameKey(person.name), person);
    }
  }

  /** The person this entry speaks of, null for someone new, or why it cannot be told. */
  match(fields: CheckedFields): { person: PersonView | null } | { message: string } {
    const byEmail = this.byEmail.get(sameKey(fields.email ?? '')) ?? [];
    if (byEmail.length === 1) return { person: byEmail[0]! };
    if (byEmail.length > 1) return { message: `${byEmail.length} people on the roster have the e-mail address ${fields.email}, so it is not clear whom to update` };
    const byName = this.byName.get(sameKey(fields.name)) ?? [];
    if (byName.length > 1) {
      return { message: `${byName.length} people on the roster are called ${fields.name}: give an e-mail address to say which one this is` };
    }
    return { person: byName[0] ?? null };
  }
}

/** The rows this file has already used, to catch a second row for the same person. */
class ClaimIndex {
  private readonly byPerson = new Map<string, Claim>();
  private readonly byEmail = new Map<string, Claim>();
  private readonly byName = new Map<string, Claim[]>();

  add(claim: Claim): void {
    if (claim.personId !== null) this.byPerson.set(claim.personId, claim);
    if (claim.email !== '') this.byEmail.set(claim.email, claim);
    push(this.byName, claim.name, claim);
  }

  earlier(claim: Claim): Claim | undefined {
    const samePerson = claim.personId === null ? undefined : this.byPerson.get(claim.personId);
    if (samePerson) return samePerson;
    const sameName = this.byName.get(claim.name) ?? [];
    // Two people may share a name when their e-mail addresses tell them apart; not when one has none.
    if (claim.email !== '') return this.byEmail.get(claim.email) ?? sameName.find((earlier) => earlier.email === '');
    return sameName[0];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

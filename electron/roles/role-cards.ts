/**
 * Loads every role card in a folder (runbooks/roles/ as shipped). A card
 * that cannot be read is named with its line and reason in `problems`, and
 * the others load anyway: one bad edit must not take every role's
 * instructions away in the middle of an incident.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileProblem, RoleCard, RoleCards } from '../../shared/roles/role-card.js';
import { KEY_ROLES } from '../../shared/roles/roles.js';
import { readRoleCard } from './role-card-file.js';

/** The folder's own description of the format, not a card. */
const NOT_A_CARD = 'readme.md';

export function loadRoleCards(folder: string): RoleCards {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== NOT_A_CARD);
  } catch (error) {
    return { cards: [], problems: [{ file: folder, line: null, message: `The role cards folder cannot be read (${describe(error)}).` }] };
  }

  const cards: RoleCard[] = [];
  const problems: FileProblem[] = [];
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file, line: null, message: `The file cannot be read (${describe(error)}).` });
      continue;
    }
    const read = readRoleCard(text, file);
    if ('card' in read) cards.push(read.card);
    else problems.push(read.problem);
  }

  // A key role without its card is worth saying: it is the card people reach for first.
  for (const role of KEY_ROLES) {
    const file = path.join(folder, `${role.id}.md`);
    if (!cards.some((card) => card.id === role.id) && !problems.some((problem) => problem.file === file)) {
      problems.push({ file, line: null, message: `The key role ${role.name} has no card; add ${role.id}.md.` });
    }
  }

  return { cards: cards.sort(keyRolesFirst), problems };
}

function keyRolesFirst(a: RoleCard, b: RoleCard): number {
  const rank = (card: RoleCard) => {
    const index = KEY_ROLES.findIndex((role) => role.id === card.id);
    return index === -1 ? KEY_ROLES.length : index;
  };
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'en');
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

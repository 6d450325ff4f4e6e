/**
 * Which column of a spreadsheet's header row holds which roster field.
 * Headers come from whatever tool exported the file ("E-mail Address",
 * "Mobile Phone", "On-call?"), so they are matched forgivingly: case,
 * accents, spaces and punctuation do not matter, and common synonyms count.
 */
import type { ColumnField, ContactListField } from './roster-entry.js';

/** What a column can hold: a roster field, or half of a name split in two. */
export type ColumnMeaning = ColumnField | ContactListField | 'givenName' | 'familyName';

const SYNONYMS: Readonly<Record<ColumnMeaning, readonly string[]>> = {
  name: ['name', 'full name', 'fullname', 'display name', 'contact', 'contact name', 'person', 'who'],
  givenName: ['first name', 'firstname', 'given name', 'forename', 'first'],
  familyName: ['last name', 'lastname', 'family name', 'surname', 'last'],
  team: ['team', 'group', 'department', 'dept', 'squad', 'unit', 'organisation', 'organization', 'org', 'company'],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'telephone number',
    'tel',
    'mobile',
    'mobile phone',
    'mobile number',
    'cell',
    'cell phone',
    'primary phone',
    'work phone',
    'business phone',
    'phone 1 value',
  ],
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'work email', 'e mail 1 value', 'email 1 value'],
  chat: ['chat', 'chat handle', 'handle', 'im', 'instant messaging', 'slack', 'matrix', 'teams', 'xmpp', 'jabber', 'irc', 'nick', 'nickname'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description'],
  onCall: ['on call', 'oncall', 'on duty', 'on call now', 'is on call', 'paged', 'pager duty'],
  phones: ['phones', 'all phones', 'phone numbers', 'all phone numbers'],
  emails: ['emails', 'e mails', 'all emails', 'all e mails', 'email addresses', 'e mail addresses'],
};

/** "E-mail Address", " e_mail-address " and "EMAIL ADDRESS" all read as "e mail address". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MEANING_OF = new Map<string, ColumnMeaning>(
  (Object.entries(SYNONYMS) as [ColumnMeaning, readonly string[]][]).flatMap(([meaning, names]) => names.map((name) => [name, meaning] as const)),
);

/** For each meaning, the columns that hold it, first first (a later one is read where the first is empty). */
export type ColumnMap = Partial<Record<ColumnMeaning, readonly number[]>>;

export interface HeaderReading {
  readonly columns: ColumnMap;
  /** Headers that name nothing Holdfast keeps: left out, and said so. */
  readonly unknown: readonly string[];
}

export function readHeader(headers: readonly string[]): HeaderReading {
  const columns: Partial<Record<ColumnMeaning, number[]>> = {};
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key === '') return;
    // "Email (work)" or "Phone?" read as email and phone: the words before any bracket count.
    const meaning = MEANING_OF.get(key) ?? MEANING_OF.get(headerKey(header.replace(/[([].*$/, '')));
    if (meaning === undefined) unknown.push(header.trim());
    else (columns[meaning] ??= []).push(index);
  });
  return { columns, unknown };
}

/** The header row that would be read back as every field: what an export writes. */
export const EXPORT_HEADERS: Readonly<Record<ColumnField | ContactListField, string>> = {
  name: 'name',
  team: 'team',
  phone: 'phone',
  email: 'email',
  chat: 'chat',
  notes: 'notes',
  onCall: 'on call',
  phones: 'all phones',
  emails: 'all emails',
};

/**
 * The People and Partners search: what someone types under stress, matched
 * however the roster spells it. Case and accents do not matter ("jose"
 * finds "José", "zoe orsted" finds "Zoë Ørsted"), every word typed must be
 * found somewhere, and a phone number matches by its digits alone, so
 * "912345" finds "+351 912 345 678".
 */
import type { PartnerView, PersonView } from '../../../shared/projection/views.js';

/** Letters that carry no combining accent to strip, written the way people type them without one. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' };

export function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðþæœßı]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** A typed word that looks like part of a phone number: three digits or more, and only what numbers are written with. */
const looksLikeNumber = (word: string) => /^[\d\s+()./-]+$/.test(word) && digitsOf(word).length >= 3;

/** Whether every word of `query` is in one of `texts` (or, for a number, in one of `phones`). */
export function matchesQuery(query: string, texts: readonly string[], phones: readonly string[]): boolean {
  const words = folded(query).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = texts.map(folded);
  const numbers = phones.map(digitsOf).filter((digits) => digits !== '');
  return words.every(
    (word) => haystack.some((text) => text.includes(word)) || (looksLikeNumber(word) && numbers.some((number) => number.includes(digitsOf(word)))),
  );
}

export function personMatches(person: PersonView, query: string): boolean {
  const phones = [person.phone, ...person.phones.map((phone) => phone.value)];
  return matchesQuery(query, [person.name, person.team, person.email, person.chat, ...phones, ...person.emails.map((email) => email.value)], phones);
}

export function partnerMatches(partner: PartnerView, kindLabel: string, query: string): boolean {
  const contacts = partner.contacts.flatMap((contact) => [contact.name, contact.role, contact.phone, contact.email]);
  return matchesQuery(
    query,
    [partner.name, kindLabel, partner.provides, ...contacts],
    partner.contacts.map((contact) => contact.phone),
  );
}

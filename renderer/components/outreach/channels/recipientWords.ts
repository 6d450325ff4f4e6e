/**
 * What the Recipients tab says of a list entry and the people it reaches:
 * its kind in a word, and, for each way the company's channels reach people,
 * an address someone lacks named plainly ("no phone: cannot get SMS or
 * calls"), never skipped in silence.
 */
import type { ResolvedRecipient } from '../../../../shared/outreach/resolve-recipients.js';
import type { ChannelKind, RecipientKind } from '../../../../shared/outreach/vocabulary.js';

export const RECIPIENT_KIND_WORD: Readonly<Record<RecipientKind, string>> = {
  person: 'Person',
  team: 'Team',
  partner: 'Partner',
  'partner-contact': 'Partner contact',
  other: 'Typed in',
};

/** The addresses a person may lack, each with the kinds of channel that need it. */
const ADDRESSES = [
  { field: 'phone', missing: 'no phone', kinds: ['sms', 'phone'] },
  { field: 'email', missing: 'no e-mail', kinds: ['email'] },
  { field: 'chat', missing: 'no chat handle', kinds: ['chat'] },
] as const;

const KIND_PHRASE: Readonly<Partial<Record<ChannelKind, string>>> = { sms: 'SMS', phone: 'calls', email: 'e-mail', chat: 'chat messages' };

/**
 * "no phone: cannot get SMS or calls", one per address lacking, only for
 * channels the company has (`kinds`, from its channel file and the incident).
 */
export function missingAddresses(recipient: Pick<ResolvedRecipient, 'email' | 'phone' | 'chat'>, kinds: ReadonlySet<ChannelKind>): string[] {
  const lacking: string[] = [];
  for (const address of ADDRESSES) {
    if (recipient[address.field].trim() !== '') continue;
    const cut = address.kinds.filter((kind) => kinds.has(kind)).map((kind) => KIND_PHRASE[kind]!);
    if (cut.length > 0) lacking.push(`${address.missing}: cannot get ${cut.join(' or ')}`);
  }
  return lacking;
}

/** Why an entry reaches nobody yet, in words. */
export function unresolvedReason(kind: RecipientKind): string {
  switch (kind) {
    case 'team':
      return 'nobody on the roster is in this team now';
    case 'partner':
    case 'partner-contact':
      return 'not on the partner list now, or no contact to reach';
    default:
      return 'not on the roster any more';
  }
}

/** "ana@example.org · +44 20 7946 0001 · @ana": the addresses someone has. */
export function addressLine(recipient: Pick<ResolvedRecipient, 'email' | 'phone' | 'chat'>): string {
  return [recipient.email, recipient.phone, recipient.chat].filter((address) => address.trim() !== '').join(' · ');
}

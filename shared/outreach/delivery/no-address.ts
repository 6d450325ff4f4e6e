/** Why a recipient cannot have been reached through a channel: said with their name, never skipped. */
import { addressFor, needsAddress, type ResolvedRecipient } from '../resolve-recipients.js';
import type { ChannelKind } from '../vocabulary.js';

const ADDRESS_WORDS: Readonly<Record<'email' | 'sms' | 'phone' | 'chat', string>> = {
  email: 'no e-mail address',
  sms: 'no phone number',
  phone: 'no phone number',
  chat: 'no chat handle',
};

export function lacksAddress(recipient: Pick<ResolvedRecipient, 'email' | 'phone' | 'chat'>, kind: ChannelKind): boolean {
  return needsAddress(kind) && addressFor(recipient, kind).trim() === '';
}

/** "no phone number" */
export function missingAddressWords(kind: ChannelKind): string {
  return kind === 'email' || kind === 'sms' || kind === 'phone' || kind === 'chat' ? ADDRESS_WORDS[kind] : 'no address';
}

/** "Bo has no phone number: cannot have been reached by SMS." */
export function cannotHaveBeenReached(name: string, kind: ChannelKind, channelName: string): string {
  return `${name} has ${missingAddressWords(kind)}: cannot have been reached by ${channelName}.`;
}

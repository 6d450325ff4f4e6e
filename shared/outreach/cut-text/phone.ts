/**
 * An update as a script to read on the phone in under a minute (about 150
 * words a minute, read calmly): which incident, the impact, the first
 * sentences of the update that fit, and when the next update comes. A
 * listener cannot scroll back, so the end always says when they hear next.
 */
import { impactSentence, nextUpdateSentence, oneLine, type CutText, type UpdateToCut } from './update-to-cut.js';

export const WORDS_PER_MINUTE = 150;
/** A few words short of the minute: a script read at 3 a.m. has pauses. */
const MOST_WORDS = 140;

const wordsOf = (text: string) => text.split(' ').filter((word) => word !== '');

export function cutForPhone(update: UpdateToCut): CutText {
  const opening = `This is an update on ${oneLine(update.incidentTitle)}, a ${update.severity} incident.`;
  const closing = nextUpdateSentence(update).replace(/^Next update by/, 'The next update comes by');
  const fixed = [opening, impactSentence(update), closing].filter((piece) => piece !== '');
  const room = MOST_WORDS - fixed.reduce((sum, piece) => sum + wordsOf(piece).length, 0);
  const { said, shortened } = sentencesThatFit(oneLine(update.text), room);
  const script = [fixed[0], ...fixed.slice(1, -1), said, fixed.at(-1)].filter((piece): piece is string => piece !== undefined && piece !== '').join(' ');
  const seconds = Math.max(5, Math.round((wordsOf(script).length / WORDS_PER_MINUTE) * 60 / 5) * 5);
  return {
    subject: null,
    parts: [script],
    note: `Reads in about ${seconds} seconds${shortened ? '; shortened to the first sentences of the update' : ''}.`,
  };
}

/** The first whole sentences within `room` words; the first sentence cut short only when even it is too long. */
function sentencesThatFit(text: string, room: number): { said: string; shortened: boolean } {
  if (wordsOf(text).length <= room) return { said: text, shortened: false };
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept: string[] = [];
  let used = 0;
  for (const sentence of sentences) {
    const length = wordsOf(sentence).length;
    if (used + length > room) break;
    kept.push(sentence);
    used += length;
  }
  if (kept.length > 0) return { said: kept.join(' '), shortened: true };
  return { said: `${wordsOf(text).slice(0, Math.max(1, room)).join(' ')}…`, shortened: true };
}

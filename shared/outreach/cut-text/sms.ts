/**
 * An update as text messages: each part at most 160 GSM-7 characters (70
 * when the text needs UCS-2), labelled "(1/3)" when there are several, since
 * a person sends them one by one and phones may show them out of order.
 * Parts break between words; only a word longer than a whole part is cut.
 */
import { smsCost, smsEncodingOf, smsLength, smsLimit, type SmsEncoding } from './gsm7.js';
import { nextUpdateSentence, oneLine, type CutText, type UpdateToCut } from './update-to-cut.js';

export function smsText(update: UpdateToCut): string {
  return [`[${update.severity}] ${oneLine(update.incidentTitle)}:`, oneLine(update.text), nextUpdateSentence(update)].filter((piece) => piece !== '').join(' ');
}

export function cutForSms(update: UpdateToCut): CutText {
  const text = smsText(update);
  const encoding = smsEncodingOf(text);
  const parts = splitSms(text, encoding);
  const limit = smsLimit(encoding);
  const why = encoding === 'ucs2' ? ` (it has characters such as accents or emoji that only fit ${limit} to a message)` : '';
  return {
    subject: null,
    parts,
    note: parts.length === 1 ? `One SMS of up to ${limit} characters${why}.` : `${parts.length} SMS parts of up to ${limit} characters each${why}: send them in order.`,
  };
}

/** The text in parts of at most the encoding's limit, each with its "(i/n) " label once there are several. */
export function splitSms(text: string, encoding: SmsEncoding = smsEncodingOf(text)): string[] {
  const limit = smsLimit(encoding);
  if (smsLength(text, encoding) <= limit) return [text];
  // The label's length depends on how many parts there are: guess, and guess again until the count holds.
  let count = 2;
  for (;;) {
    const label = (index: number) => `(${index}/${count}) `;
    const room = limit - smsLength(label(count), encoding);
    const bodies = fillParts(text, room, encoding);
    if (bodies.length <= count) return bodies.map((body, index) => `(${index + 1}/${bodies.length}) ${body}`);
    count = bodies.length;
  }
}

/** Words into parts of at most `room`, greedily; a word longer than a part is cut where it must be. */
function fillParts(text: string, room: number, encoding: SmsEncoding): string[] {
  const parts: string[] = [];
  let current = '';
  let currentLength = 0;
  const flush = () => {
    if (current !== '') parts.push(current);
    current = '';
    currentLength = 0;
  };
  for (const word of text.split(' ').filter((piece) => piece !== '')) {
    const wordLength = smsLength(word, encoding);
    const joined = currentLength === 0 ? wordLength : currentLength + 1 + wordLength;
    if (joined <= room) {
      current = currentLength === 0 ? word : `${current} ${word}`;
      currentLength = joined;
      continue;
    }
    if (wordLength <= room) {
      flush();
      current = word;
      currentLength = wordLength;
      continue;
    }
    // A word that no part can hold whole (a long link): filled from where the part stands.
    if (currentLength > 0 && room - currentLength - 1 > 0) {
      current += ' ';
      currentLength += 1;
    } else flush();
    for (const char of word) {
      const cost = smsCost(char, encoding);
      if (currentLength + cost > room) flush();
      current += char;
      currentLength += cost;
    }
  }
  flush();
  return parts;
}

/** An update as an e-mail: a subject that says which incident and which update, and a body a reader can forward as it is. */
import { impactSentence, nextUpdateSentence, updateHeadline, type CutText, type UpdateToCut } from './update-to-cut.js';

export function cutForEmail(update: UpdateToCut): CutText {
  const body = [update.text.trim(), [impactSentence(update), nextUpdateSentence(update)].filter((line) => line !== '').join('\n')].join('\n\n');
  return { subject: updateHeadline(update), parts: [body], note: 'A subject and a body: paste both, or use the e-mail link.' };
}

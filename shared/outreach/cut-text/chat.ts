/** An update as one chat message: the headline, then the text, then when the next comes. */
import { impactSentence, nextUpdateSentence, updateHeadline, type CutText, type UpdateToCut } from './update-to-cut.js';

export function cutForChat(update: UpdateToCut): CutText {
  const message = [updateHeadline(update), update.text.trim(), [impactSentence(update), nextUpdateSentence(update)].filter((line) => line !== '').join(' ')].join('\n');
  return { subject: null, parts: [message], note: 'One message.' };
}

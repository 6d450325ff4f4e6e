/** Who took part in a drill, as one line of the post-mortem's facts (issue 17). */
import type { DrillParticipant } from '../projection/checklist-views.js';

/** "Ana Ruiz (Coordinator, Reporter); Bo (took part, no role named)", or a sentence saying nobody was recorded. */
export function whoTookPart(participants: readonly DrillParticipant[]): string {
  if (participants.length === 0) return 'Nobody was recorded as taking part.';
  return participants.map(({ name, roles }) => `${name} (${roles.length > 0 ? roles.join(', ') : 'took part, no role named'})`).join('; ');
}

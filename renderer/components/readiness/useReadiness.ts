/**
 * The readiness view, read from the host (questions are a file a person may
 * have just edited; staleness is judged with the host's clock) and read
 * again when an answer arrives from anywhere in the room, a drill starts or
 * ends, or the roster changes (its teams are the checklists').
 */
import { useHoldfast } from '../../store/context.js';
import { useHostResource } from '../../store/useHostResource.js';
import { drillSignature } from '../runbooks/drillSignature.js';

export function useReadiness() {
  const teams = useHoldfast((state) => [...new Set((state.people ?? []).map((person) => person.team))].sort().join('\n'));
  const answers = useHoldfast((state) => state.readinessNoticed);
  const drills = useHoldfast((state) => drillSignature(state, null));
  return useHostResource('getReadiness', {}, `${answers}\n${drills}\n${teams}`);
}

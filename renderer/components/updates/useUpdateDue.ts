import type { IncidentView } from '../../../shared/projection/views.js';
import { nextUpdateDueAt, updateOverdueMs } from '../../../shared/updates/due.js';
import { useNow } from '../../time/useNow.js';
import { useCadence } from './useCadence.js';

export interface UpdateDue {
  /** When the next update is due; null when none is owed (the incident is resolved). */
  readonly dueAt: number | null;
  /** How long it is overdue, or null while it is not. */
  readonly overdueMs: number | null;
  readonly now: number;
}

/** The incident's next status update, on this laptop's clock, kept current as time passes. */
export function useUpdateDue(incident: IncidentView): UpdateDue {
  const now = useNow();
  const cadence = useCadence();
  return { dueAt: nextUpdateDueAt(incident, cadence), overdueMs: updateOverdueMs(incident, cadence, now), now };
}

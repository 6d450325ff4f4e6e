import type { IncidentView } from '../../../shared/projection/views.js';
import { formatDuration } from '../../time/format.js';
import { useUpdateDue } from './useUpdateDue.js';
import './updates.css';

/** In the incident list: this incident's status update is late, and by how long. */
export function OverdueBadge({ incident }: { readonly incident: IncidentView }) {
  const { overdueMs } = useUpdateDue(incident);
  if (overdueMs === null) return null;
  return <span className="update-overdue-badge">Update overdue {formatDuration(overdueMs)}</span>;
}

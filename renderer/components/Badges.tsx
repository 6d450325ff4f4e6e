import type { EntryKind } from '../../shared/events.js';
import { TIMELINE_KIND_LABEL, type TimelineKind } from '../../shared/projection/views.js';
import { SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { STATUS_LABEL } from '../../shared/status.js';
import type { IncidentStatus } from '../../shared/status.js';

export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  return (
    <span className={`badge severity-${severity.toLowerCase()}`} title={SEVERITY_MEANING[severity]}>
      {severity}
    </span>
  );
}

export function StatusBadge({ status }: { readonly status: IncidentStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABEL[status]}</span>;
}

export function KindBadge({ kind }: { readonly kind: TimelineKind | EntryKind }) {
  return <span className={`badge kind-${kind}`}>{TIMELINE_KIND_LABEL[kind]}</span>;
}

/**
 * An incident told as it happens, on a clock the test moves: declared,
 * updated, escalated, resolved. What it yields is the projection's own
 * IncidentView, so the rules are tested on what the screens really get.
 */
import type { SignedEvent } from '../../../shared/events.js';
import type { Audience } from '../../../shared/updates/audience.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import type { Severity } from '../../../shared/severity.js';
import type { IncidentStatus } from '../../../shared/status.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

export const MINUTE = 60_000;
/** Friday 20 November 2026, 13:06:40 UTC. */
export const DECLARED_AT = 1_795_180_000_000;

export class IncidentStory {
  readonly incidentId = 'incident-story';
  private clock = DECLARED_AT;
  private readonly laptop = new SimulatedLaptop('Ana', () => this.clock);
  private readonly events: SignedEvent[] = [];
  private updates = 0;

  constructor(title = 'Checkout is down', severity: Severity = 'SEV1', summary = 'Card payments fail for customers in the EU.') {
    this.events.push(this.laptop.record('incident.declared', { incidentId: this.incidentId, title, severity, summary }));
  }

  get now(): number {
    return this.clock;
  }

  /** Moves the story's clock on by some minutes. */
  after(minutes: number): this {
    this.clock += minutes * MINUTE;
    return this;
  }

  publish(audience: Audience, text: string, nextUpdateAt: number | null): this {
    this.updates += 1;
    this.events.push(
      this.laptop.record('status_update.published', {
        incidentId: this.incidentId,
        updateId: `update-${this.updates}`,
        audience,
        text,
        templateId: null,
        nextUpdateAt,
      }),
    );
    return this;
  }

  status(status: IncidentStatus, reopened = false): this {
    this.events.push(this.laptop.record('incident.status_changed', { incidentId: this.incidentId, status, reopened }));
    return this;
  }

  /** The impact as customers are told it, set or changed after declaring. */
  publicImpact(publicImpact: string): this {
    this.events.push(this.laptop.record('incident.public_impact_changed', { incidentId: this.incidentId, publicImpact }));
    return this;
  }

  severity(severity: Severity): this {
    this.events.push(this.laptop.record('incident.severity_changed', { incidentId: this.incidentId, severity, reason: '' }));
    return this;
  }

  assign(roleId: string, person: string): this {
    this.events.push(this.laptop.record('role.assigned', { incidentId: this.incidentId, roleId, person, personId: null, reason: '' }));
    return this;
  }

  view(): IncidentView {
    return WarRoomProjection.rebuild(this.events).incident(this.incidentId)!;
  }
}

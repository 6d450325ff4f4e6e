/**
 * What an API operation may use: the projection to read, a way to record
 * what the caller did, and the laptop's own settings and shipped data. The
 * host builds one per call (for its caller); handlers never see the host.
 */
import type { Session } from '../../shared/api.js';
import type { EventPayload, EventType } from '../../shared/events.js';
import type { WarRoomProjection } from '../../shared/projection/projection.js';
import type { RoomService } from '../room/room-service.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import type { LocalSettings } from '../store/settings.js';
import type { RecordSource } from '../record/incident-record.js';

export interface OperationContext {
  readonly projection: WarRoomProjection;
  session(): Session;
  setName(name: string): Session;
  /** The name stamped on what this caller records (who they said they are, or the laptop's fallback); refused as record is when there is none. */
  author(): string;
  /** Appends an event as the person at this laptop and applies it. */
  record<T extends EventType>(type: T, payload: EventPayload<T>): void;
  newId(): string;
  readonly rooms: RoomService;
  /** Stores events from elsewhere (a room file) as sync would. */
  receive(events: unknown[]): ReceiveOutcome;
  letInHeldBack(device: string): ReceiveOutcome;
  now(): number;
  /** The signed event log, read for the record a post-mortem carries (electron/record/incident-record.ts). */
  readonly events: RecordSource;
  /** This laptop's own settings, never synced (its runbook folders). */
  readonly settings: LocalSettings;
  /** The shipped data: role cards, status update templates, runbooks. */
  readonly runbooksDir: string;
}

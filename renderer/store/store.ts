/**
 * The UI's store mirrors the host's projection (STYLE.md, example 9): it
 * holds what the host last said and is never a second source of truth. Every
 * change reaches it from a call's result or a host notice.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createActionListSlice } from './actionList.js';
import type { ActionListSlice } from './actionList.js';
import { createBoardsSlice } from './boards.js';
import type { BoardsSlice } from './boards.js';
import { createChecklistsSlice } from './checklists.js';
import type { ChecklistsSlice } from './checklists.js';
import { createConnectionSlice } from './connection.js';
import type { ConnectionSlice } from './connection.js';
import { createErrorsSlice } from './errors.js';
import type { ErrorsSlice } from './errors.js';
import { createIncidentsSlice } from './incidents.js';
import type { IncidentsSlice } from './incidents.js';
import { createOutboxSlice } from './outbox.js';
import type { OutboxSlice } from './outbox.js';
import { createOutreachSlice } from './outreach.js';
import type { OutreachSlice } from './outreach.js';
import { createRehearsalsSlice } from './rehearsals.js';
import type { RehearsalsSlice } from './rehearsals.js';
import { createResourcesSlice } from './resources.js';
import type { ResourcesSlice } from './resources.js';
import { createRoomSlice } from './room.js';
import type { RoomSlice } from './room.js';
import { createRosterSlice } from './roster.js';
import type { RosterSlice } from './roster.js';
import { createSessionSlice } from './session.js';
import type { SessionSlice } from './session.js';
import { createStepRefusalsSlice } from './stepRefusals.js';
import type { StepRefusalsSlice } from './stepRefusals.js';
import { createTimelinesSlice } from './timelines.js';
import type { TimelinesSlice } from './timelines.js';

export type HoldfastState = SessionSlice & IncidentsSlice & TimelinesSlice & ConnectionSlice & ErrorsSlice & RoomSlice & RosterSlice & ChecklistsSlice & ResourcesSlice & StepRefusalsSlice & OutboxSlice & BoardsSlice & OutreachSlice & RehearsalsSlice & ActionListSlice;
export type HoldfastStore = StoreApi<HoldfastState>;

export function createHoldfastStore(): HoldfastStore {
  return createStore<HoldfastState>()((...slice) => ({
    ...createSessionSlice(...slice),
    ...createIncidentsSlice(...slice),
    ...createBoardsSlice(...slice),
    ...createTimelinesSlice(...slice),
    ...createConnectionSlice(...slice),
    ...createErrorsSlice(...slice),
    ...createRoomSlice(...slice),
    ...createRosterSlice(...slice),
    ...createChecklistsSlice(...slice),
    ...createResourcesSlice(...slice),
    ...createStepRefusalsSlice(...slice),
    ...createOutboxSlice(...slice),
    ...createOutreachSlice(...slice),
    ...createRehearsalsSlice(...slice),
    ...createActionListSlice(...slice),
  }));
}

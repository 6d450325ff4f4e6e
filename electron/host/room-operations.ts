/**
 * The room's API operations: joining, peers, removing a device, letting in
 * what was held back, and the room file.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { refuseRemovingSelf } from '../room/room-service.js';
import type { OperationsFor } from './operation-types.js';
import { blamingParameter } from './parameter-refusal.js';

export type RoomMethod =
  | 'getRoom'
  | 'createRoom'
  | 'joinRoom'
  | 'leaveRoom'
  | 'addPeer'
  | 'forgetPeer'
  | 'removeDevice'
  | 'letInHeldBack'
  | 'exportRoom'
  | 'importRoom';

export const roomOperations: OperationsFor<RoomMethod> = {
  getRoom: (context) => context.rooms.view(),
  createRoom: (context, { name }) => {
    context.rooms.room.create(name);
    return context.rooms.view();
  },
  joinRoom: (context, { invite, name, secret }) => {
    if (invite !== undefined) blamingParameter(['invite'], () => context.rooms.room.joinByInvite(invite));
    else context.rooms.room.join(name!, secret!);
    return context.rooms.view();
  },
  leaveRoom: (context) => {
    context.rooms.room.leave();
    return context.rooms.view();
  },
  addPeer: (context, { address }) => {
    context.rooms.room.addPeer(address);
    return context.rooms.view();
  },
  forgetPeer: (context, { address }) => {
    context.rooms.room.forgetPeer(address);
    return context.rooms.view();
  },
  removeDevice: (context, { device, reason }) => {
    blamingParameter(['device'], () => refuseRemovingSelf(device, context.session().device));
    if (context.rooms.view().removedDevices.some((removed) => removed.device === device)) {
      throw new HoldfastFailure('conflict', 'That device has already been removed from the room.', ['device']);
    }
    context.record('room.device_removed', { device, upToSeq: context.rooms.heldSeqOf(device), reason });
    return context.rooms.view();
  },
  letInHeldBack: (context, { device }) => {
    const outcome = context.letInHeldBack(device);
    if (outcome.stored.length === 0 && outcome.quarantined === 0) {
      throw new HoldfastFailure('not_found', 'Nothing from that device is held back.', ['device']);
    }
    return context.rooms.view();
  },
  exportRoom: (context) => context.rooms.exportFile(),
  importRoom: (context, { content }) => blamingParameter(['content'], () => context.rooms.importFile(content, context.receive)),
};

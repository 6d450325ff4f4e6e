/**
 * The room's API operations: joining, peers, removing a device, letting in
 * what was held back, and the room file.
 */
import type { ApiParams, ApiResult } from '../../shared/api.js';
import { HoldfastFailure } from '../../shared/result.js';
import { refuseRemovingSelf } from '../room/room-service.js';
import type { OperationContext } from './operations.js';

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

type RoomOperations = { readonly [M in RoomMethod]: (context: OperationContext, params: ApiParams<M>) => ApiResult<M> };

export const roomOperations: RoomOperations = {
  getRoom: (context) => context.rooms.view(),
  createRoom: (context, { name }) => {
    context.rooms.room.create(name);
    return context.rooms.view();
  },
  joinRoom: (context, { invite, name, secret }) => {
    if (invite !== undefined) context.rooms.room.joinByInvite(invite);
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
    refuseRemovingSelf(device, context.session().device);
    if (context.rooms.view().removedDevices.some((removed) => removed.device === device)) {
      throw new HoldfastFailure('conflict', 'That device has already been removed from the room.');
    }
    context.record('room.device_removed', { device, upToSeq: context.rooms.heldSeqOf(device), reason });
    return context.rooms.view();
  },
  letInHeldBack: (context, { device }) => {
    const outcome = context.letInHeldBack(device);
    if (outcome.stored.length === 0 && outcome.quarantined === 0) {
      throw new HoldfastFailure('not_found', 'Nothing from that device is held back.');
    }
    return context.rooms.view();
  },
  exportRoom: (context) => context.rooms.exportFile(),
  importRoom: (context, { content }) => context.rooms.importFile(content, context.receive),
};

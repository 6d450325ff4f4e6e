/**
 * What a person can do about the room: each call's RoomView lands in the
 * store at once (the host's 'room' notice follows and says the same).
 *
 * Calls behind a form (create, join, add a peer, remove a device, import)
 * leave the error to the form, beside what was typed; one-click calls
 * (leave, forget, let in) show it in the app's alert.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { RoomView } from '../../shared/room/views.js';
import type { HoldfastStore } from './store.js';

export function createRoomActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();

  function shown(result: Result<RoomView>): Result<RoomView> {
    if (result.ok) state().setRoom(result.value);
    return result;
  }

  function reported<T>(result: Result<T>): Result<T> {
    if (!result.ok) state().showError(result.error.message);
    return result;
  }

  return {
    /** Fetches the room afresh (on every connect: notices sent while the link was down were lost). */
    async loadRoom(): Promise<void> {
      const result = await api.getRoom({});
      if (result.ok) state().setRoom(result.value);
      else state().showError(result.error.message);
    },

    createRoom: (name: string) => api.createRoom({ name }).then(shown),
    joinRoom: (input: ApiInput<'joinRoom'>) => api.joinRoom(input).then(shown),
    leaveRoom: () => api.leaveRoom({}).then(reported).then(shown),
    addPeer: (address: string) => api.addPeer({ address }).then(shown),
    forgetPeer: (address: string) => api.forgetPeer({ address }).then(reported).then(shown),
    removeDevice: (device: string, reason: string) => api.removeDevice({ device, reason }).then(shown),
    letInHeldBack: (device: string) => api.letInHeldBack({ device }).then(reported).then(shown),
    exportRoom: () => api.exportRoom({}),
    importRoom: (content: string) => api.importRoom({ content }),
  };
}

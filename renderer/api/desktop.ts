import type { ApiInput, ApiMethod, ApiResult, HoldfastApi } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { apiFromCall } from './client.js';
import type { HostCall } from './client.js';
import type { HostLink } from './link.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in a browser. */
    readonly holdfast?: HoldfastApi;
  }
}

/** The contract's methods alone, which the compiler can index by a method name it does not yet know. */
type BridgeMethods = { readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiResult<M>>> };

/** The desktop app's bridge: in-process IPC, so it never drops. */
export function desktopLink(bridge: HoldfastApi): HostLink {
  const methods: BridgeMethods = bridge;
  const call: HostCall = (method, input) => methods[method](input);
  return {
    api: apiFromCall(call, (listener) => bridge.onNotice(listener)),
    onConnection(listener) {
      listener('connected');
      return () => {};
    },
    nameMemory: null,
  };
}

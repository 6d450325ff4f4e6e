import { API_METHODS } from '../../shared/api.js';
import type { ApiInput, ApiMethod, ApiResult, HoldfastApi } from '../../shared/api.js';
import { fail } from '../../shared/result.js';
import type { Result } from '../../shared/result.js';

/** Sends one operation to the host, whatever carries it. */
export type HostCall = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<Result<ApiResult<M>>>;

/**
 * Builds the per-method client from the contract's method list, so a new
 * operation in shared/api.ts needs no hand-written twin here. A transport
 * that throws or rejects still answers with a Result: the screens only ever
 * show a sentence, never a stack trace.
 */
export function apiFromCall(call: HostCall, onNotice: HoldfastApi['onNotice']): HoldfastApi {
  const methods: Partial<Record<ApiMethod, (input: never) => Promise<Result<unknown>>>> = {};
  for (const method of API_METHODS) {
    methods[method] = async (input: ApiInput<typeof method>) => {
      try {
        return await call(method, input);
      } catch {
        return fail('internal', 'Holdfast could not complete that request. Try again; if it keeps failing, restart the app.');
      }
    };
  }
  // The loop above fills every method of the contract, which the compiler cannot follow.
  return { ...methods, onNotice } as HoldfastApi;
}

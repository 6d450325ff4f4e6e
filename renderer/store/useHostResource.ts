import { useCallback, useEffect } from 'react';
import type { ApiInput, ApiResult } from '../../shared/api.js';
import { useActions, useHoldfast } from './context.js';
import { LOADING, readKey, type HostRead, type HostResource } from './resources.js';

/**
 * A read from the host that it sends no notice about (a file a person may
 * have just edited): loading, loaded or failed, shared by every component
 * that asks for the same read. It is read when a component showing it
 * appears, when its parameters change, when the link comes back (what
 * changed meanwhile came with no notice) and whenever `changedWhen` does (a
 * string that differs when what the host would answer may have: a drill
 * started, another incident opened). While the link is down, what is shown
 * stays.
 */
export function useHostResource<M extends HostRead>(
  method: M,
  params: ApiInput<M>,
  changedWhen = '',
): {
  readonly resource: HostResource<ApiResult<M>>;
  /** Reads it again now (the composer opening reads the templates afresh). */
  readonly refetch: () => void;
  readonly replace: (value: ApiResult<M>) => void;
} {
  const actions = useActions();
  const key = readKey(method, params);
  const resource = useHoldfast((state) => state.resources[key] ?? LOADING) as HostResource<ApiResult<M>>;
  const connected = useHoldfast((state) => state.connection === 'connected');
  const startReading = useHoldfast((state) => state.startReading);
  const settleResource = useHoldfast((state) => state.settleResource);
  const replaceResource = useHoldfast((state) => state.replaceResource);

  // The key stands for the method and the parameters: a new object with equal parameters is the same read.
  const read = useCallback(
    (basis: string) => {
      if (!startReading(key, basis)) return;
      void actions.read(method, params).then((result) => settleResource<M>(key, result));
    },
    [actions, key, startReading, settleResource],
  );

  useEffect(() => {
    if (connected) read(changedWhen);
  }, [read, connected, changedWhen]);

  const refetch = useCallback(() => read(changedWhen), [read, changedWhen]);

  const replace = useCallback((value: ApiResult<M>) => replaceResource<M>(key, value), [replaceResource, key]);
  return { resource, refetch, replace };
}

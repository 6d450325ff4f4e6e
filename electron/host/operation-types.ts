import type { ApiMethod, ApiParams, ApiResult } from '../../shared/api.js';
import type { OperationContext } from './operation-context.js';

/** The handlers for a group of API methods: each gets validated parameters and returns its result. */
export type OperationsFor<M extends ApiMethod> = { readonly [K in M]: (context: OperationContext, params: ApiParams<K>) => ApiResult<K> };

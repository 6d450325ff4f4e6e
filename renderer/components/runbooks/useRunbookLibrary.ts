/**
 * The runbook library and one runbook, read from the host (they are files a
 * person may have just edited, so they are not kept in the projection) and
 * read again whenever a drill starts, completes or stops anywhere in the
 * room: the drill history and the stale flags follow what happens.
 */
import { useHoldfast } from '../../store/context.js';
import { useHostResource } from '../../store/useHostResource.js';
import { drillSignature } from './drillSignature.js';

export function useRunbookCatalogue() {
  return useHostResource('listRunbooks', {}, useHoldfast((state) => drillSignature(state, null)));
}

export function useRunbookDetail(runbookId: string) {
  return useHostResource('getRunbook', { runbookId }, useHoldfast((state) => drillSignature(state, runbookId)));
}

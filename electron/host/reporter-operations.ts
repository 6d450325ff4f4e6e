/** The reporter's kit (templates and cadence) and the static status page. */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type ReporterMethod = 'getReporterKit' | 'exportStatusPage';

export const reporterOperations: OperationsFor<ReporterMethod> = {
  getReporterKit: () => {
    throw new HoldfastFailure('unavailable', 'Status templates are being built.');
  },
  exportStatusPage: () => {
    throw new HoldfastFailure('unavailable', 'The status page is being built.');
  },
};

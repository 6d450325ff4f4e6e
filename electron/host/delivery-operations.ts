/**
 * Recording who an update reached, through which channel; the printable delivery sheet.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type DeliveryMethod = 'recordDeliveries' | 'exportDeliverySheet';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const deliveryOperations: OperationsFor<DeliveryMethod> = {
  recordDeliveries: () => notYet(),
  exportDeliverySheet: () => notYet(),
};

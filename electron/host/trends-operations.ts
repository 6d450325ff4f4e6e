/** Trends across incidents (issue 17): computed when asked, from the projection and the catalogue as this laptop reads it now. */
import { trendsOf } from '../../shared/trends/trends.js';
import type { OperationsFor } from './operation-types.js';
import { serviceCatalogueOf } from './service-catalogue-lookup.js';

export type TrendsMethod = 'getTrends';

export const trendsOperations: OperationsFor<TrendsMethod> = {
  getTrends: (context, { zone }) => {
    const services = serviceCatalogueOf(context).services.map((service) => ({
      serviceId: service.serviceId,
      name: service.name,
      team: service.team,
      customerFacing: service.customerFacing,
      uptimeTargetPercent: service.uptimeTargetPercent,
    }));
    return trendsOf({
      incidents: context.projection.incidentList(),
      boardOf: (incidentId) => context.projection.board(incidentId),
      services,
      zone,
      now: context.now(),
    });
  },
};

/**
 * The company's channels, and which of them work in an incident, by a
 * person's word. The channel file is read afresh on every call, so a
 * channel added during an incident can be marked at once; marking copies
 * the channel as the file describes it into the log, so every laptop names
 * it and judges its freshness the same whatever files it has.
 */
import path from 'node:path';
import type { ChannelCatalogueView } from '../../shared/outreach/channel-catalogue.js';
import { HoldfastFailure } from '../../shared/result.js';
import { loadChannelCatalogue } from '../outreach/channel-library.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { ownFolders } from './runbook-lookup.js';

export type OutreachChannelMethod = 'listChannels' | 'markChannel';

export function channelCatalogueOf(context: OperationContext): ChannelCatalogueView {
  return loadChannelCatalogue({
    shippedFolder: path.join(context.runbooksDir, 'outreach'),
    ownFolders: ownFolders(context).map((folder) => path.join(folder, 'outreach')),
  });
}

export const outreachChannelOperations: OperationsFor<OutreachChannelMethod> = {
  listChannels: (context) => channelCatalogueOf(context),

  markChannel: (context, { incidentId, channelId, state, note }) => {
    incidentOf(context, incidentId);
    const catalogue = channelCatalogueOf(context);
    // A channel another laptop's file has, marked in this incident already, is marked again as the log describes it.
    const channel = catalogue.channels.find((candidate) => candidate.channelId === channelId) ?? context.projection.outreach(incidentId).channels.find((marked) => marked.channelId === channelId);
    if (!channel) {
      const known = catalogue.channels.map((candidate) => candidate.channelId);
      const refused = catalogue.problems.find((problem) => problem.reason.includes(`"${channelId}"`));
      const why = refused ? ` Its entry was refused: ${refused.file}${refused.line === null ? '' : `:${refused.line}`}: ${refused.reason}.` : '';
      throw new HoldfastFailure(
        'not_found',
        `No channel “${channelId}” is in this laptop's channel file.${why} ${known.length > 0 ? `The channels are: ${known.join(', ')}.` : 'The channel file lists none.'}`.trim(),
        ['channelId'],
      );
    }
    const { channelId: id, name, kind, freshnessMs } = channel;
    context.record('channel.marked', { incidentId, channel: { channelId: id, name, kind, freshnessMs }, state, note });
    return context.projection.outreach(incidentId);
  },
};

/**
 * The channels from their parsed files: the shipped layer first, then each
 * of a laptop's own folders over it (a later folder adds channels or
 * replaces one by id, on purpose). Two entries with one id in the same
 * folder are a mistake: the first is kept and the second refused, with
 * where the first is.
 */
import { channelSpecSchema } from '../events.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { CatalogueChannel, ChannelCatalogueView, ChannelReplacement } from './channel-catalogue.js';
import type { ChannelEntry, ParsedChannelFile } from './parse-channels.js';

export interface ChannelLayer {
  readonly origin: CatalogueChannel['origin'];
  readonly files: readonly ParsedChannelFile[];
}

const at = (where: { readonly file: string; readonly line: number }) => `${where.file}:${where.line}`;

export function buildChannelCatalogue(layers: readonly ChannelLayer[]): ChannelCatalogueView {
  const problems: RunbookProblem[] = layers.flatMap((layer) => layer.files.flatMap((file) => file.problems));
  const kept = new Map<string, CatalogueChannel>();
  const replacements = new Map<string, string>();
  for (const layer of layers) {
    const inLayer = new Map<string, ChannelEntry>();
    for (const file of layer.files) {
      for (const entry of file.entries) {
        const first = inLayer.get(entry.id);
        if (first) {
          problems.push({ file: entry.file, line: entry.line, reason: `the channel id "${entry.id}" is also defined at ${at(first)}, which is kept; give each channel its own id` });
          continue;
        }
        // The same check the log makes when the channel is marked: refused here, not in the middle of an incident.
        const parsed = channelSpecSchema.safeParse({ channelId: entry.id, name: entry.name, kind: entry.kind, freshnessMs: entry.freshnessMs });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          problems.push({ file: entry.file, line: entry.line, reason: `the channel "${entry.id}" cannot be used: ${issue ? `${issue.path.join('.')} ${issue.message}`.trim() : 'it does not fit'}` });
          continue;
        }
        inLayer.set(entry.id, entry);
        const replaced = kept.get(entry.id);
        if (replaced) replacements.set(entry.id, at(replaced));
        kept.set(entry.id, { ...parsed.data, how: entry.how, file: entry.file, line: entry.line, origin: layer.origin });
      }
    }
  }
  const replaced: ChannelReplacement[] = [...replacements].map(([channelId, where]) => ({ channelId, replaced: where }));
  return { channels: [...kept.values()], problems, ...(replaced.length > 0 ? { replacements: replaced } : {}) };
}

/**
 * The whole catalogue from its parsed files: the shipped layer first, then
 * each of a laptop's own folders over it (a later folder adds services or
 * replaces one by id). Here are judged the mistakes no single entry shows:
 * two entries with one id in one folder, a dependency on a service that is
 * not there (or was refused), services depending on each other in a circle,
 * and a check step that names no step of the runbook library. Each refuses
 * the entry it is about (except a lost check step, when the entry has a
 * check line to fall back on); the rest of the catalogue still loads, and what
 * depends on a refused service is refused too, each with its own line,
 * rather than kept with a dependency the restart plan cannot follow.
 */
import { serviceSpecSchema } from '../events.js';
import { findCycles, nearest } from '../runbooks/step-graph.js';
import type { CatalogueProblem, CatalogueReplacement, CatalogueService, ServiceCatalogueView, TierView } from './catalogue.js';
import type { CatalogueEntry, ParsedCatalogueFile, TierEntry } from './parse-catalogue.js';
import { DEFAULT_FRESHNESS_MS } from './service-state.js';

export interface CatalogueLayer {
  readonly origin: CatalogueService['origin'];
  readonly files: readonly ParsedCatalogueFile[];
}

/** A runbook as far as a check step needs it; leave `runbooks` out to not look steps up. */
export interface KnownRunbook {
  readonly id: string;
  readonly steps: readonly { readonly id: string }[];
}

interface Kept {
  readonly entry: CatalogueEntry;
  readonly origin: CatalogueService['origin'];
  readonly overrides?: string;
}

const at = (where: { readonly file: string; readonly line: number }) => `${where.file}:${where.line}`;

export function buildCatalogue(layers: readonly CatalogueLayer[], options: { readonly runbooks?: readonly KnownRunbook[] } = {}): ServiceCatalogueView {
  const problems: CatalogueProblem[] = layers.flatMap((layer) => layer.files.flatMap((file) => file.problems));
  const problem = (where: { readonly file: string; readonly line: number }, reason: string) => problems.push({ file: where.file, line: where.line, reason });
  /** Why an id is missing from the catalogue, for what depends on it: where its refusal is explained. */
  const refusedAt = new Map<string, string>();
  for (const layer of layers) for (const file of layer.files) for (const refused of file.refused) refusedAt.set(refused.id, at(refused));

  const kept = new Map<string, Kept>();
  const tiers = new Map<number, TierEntry>();
  for (const layer of layers) {
    const inLayer = new Map<string, CatalogueEntry>();
    const tiersInLayer = new Map<number, TierEntry>();
    for (const file of layer.files) {
      for (const tier of file.tiers) {
        const first = tiersInLayer.get(tier.tier);
        if (first) {
          problem(tier, `tier ${tier.tier} is also defined at ${at(first)}, which is kept; define each tier once`);
          continue;
        }
        tiersInLayer.set(tier.tier, tier);
        tiers.set(tier.tier, tier);
      }
      for (const entry of file.entries) {
        const first = inLayer.get(entry.id);
        if (first) {
          problem(entry, `the service id "${entry.id}" is also defined at ${at(first)}, which is kept; give each service its own id`);
          continue;
        }
        inLayer.set(entry.id, entry);
        const replaced = kept.get(entry.id);
        kept.set(entry.id, { entry, origin: layer.origin, ...(replaced ? { overrides: at(replaced.entry) } : {}) });
        refusedAt.delete(entry.id);
      }
    }
  }
  const refuse = (id: string, explainedAt: string) => {
    kept.delete(id);
    refusedAt.set(id, explainedAt);
  };
  const inOrder = () => [...kept.values()].sort((a, b) => byPlace(a.entry, b.entry));

  if (options.runbooks) {
    const runbooks = new Map(options.runbooks.map((runbook) => [runbook.id, runbook]));
    for (const keptEntry of inOrder()) {
      const { entry } = keptEntry;
      if (!entry.checkStep) continue;
      const where = { file: entry.file, line: entry.checkStep.line };
      const runbook = runbooks.get(entry.checkStep.runbookId);
      const stepIds = runbook?.steps.map((step) => step.id) ?? [];
      let reason: string | null = null;
      if (!runbook) {
        const near = nearest(entry.checkStep.runbookId, [...runbooks.keys()]);
        reason = `the service "${entry.id}" checks by the runbook "${entry.checkStep.runbookId}", which is not in the runbook library${near ? ` (did you mean "${near}"?)` : ''}`;
      } else if (!stepIds.includes(entry.checkStep.stepId)) {
        const near = nearest(entry.checkStep.stepId, stepIds);
        reason = `the service "${entry.id}" checks by the step "${entry.checkStep.stepId}", which the runbook "${runbook.id}" does not have${near ? ` (did you mean "${near}"?)` : ''}`;
      }
      if (reason === null) continue;
      // A runbook edited or refused must not take half the board with it: a
      // service that also says how to check it in a line keeps that line.
      if (entry.check !== '') {
        problem(where, `${reason}; the service loads with its "check" line only`);
        kept.set(entry.id, { ...keptEntry, entry: { ...entry, checkStep: null } });
      } else {
        problem(where, reason);
        refuse(entry.id, at(where));
      }
    }
  }

  const specs = new Map<string, CatalogueService>();
  const replacements = new Map<string, string>();
  for (const { entry, origin, overrides } of inOrder()) {
    const tier = tiers.get(entry.tier);
    const candidate = {
      serviceId: entry.id,
      name: entry.name,
      team: entry.team,
      tier: entry.tier,
      dependsOn: entry.dependsOn.map((dependency) => dependency.id),
      check: entry.check,
      checkStep: entry.checkStep ? { runbookId: entry.checkStep.runbookId, stepId: entry.checkStep.stepId } : null,
      customerFacing: entry.customerFacing,
      freshnessMs: entry.freshnessMs ?? tier?.freshnessMs ?? DEFAULT_FRESHNESS_MS,
      restartMs: entry.restartMs,
      confirm: entry.confirm,
    };
    // The same check the log makes when the service is brought into an incident: a name with a control character is refused here, not then.
    const parsed = serviceSpecSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problem(entry, `the service "${entry.id}" cannot be used: ${issue ? `${issue.path.join('.')} ${issue.message}`.trim() : 'it does not fit'}`);
      refuse(entry.id, at(entry));
      continue;
    }
    specs.set(entry.id, { ...parsed.data, uptimeTargetPercent: entry.uptimeTargetPercent, file: entry.file, line: entry.line, origin });
    if (overrides) replacements.set(entry.id, overrides);
  }
  for (const id of [...kept.keys()]) if (!specs.has(id)) kept.delete(id);

  const refuseMissingDependencies = () => {
    // Until nothing changes: refusing one service can leave another depending on it.
    for (let changed = true; changed; ) {
      changed = false;
      for (const { entry } of inOrder()) {
        for (const dependency of entry.dependsOn) {
          if (kept.has(dependency.id)) continue;
          const where = { file: entry.file, line: dependency.line };
          const refusedWhere = refusedAt.get(dependency.id);
          if (refusedWhere !== undefined) {
            problem(where, `the service "${entry.id}" depends on "${dependency.id}", which is refused (see ${refusedWhere}), so "${entry.id}" is refused too`);
          } else {
            const near = nearest(dependency.id, [...kept.keys()]);
            problem(where, `the service "${entry.id}" depends on "${dependency.id}", but no service has that id${near ? ` (did you mean "${near}"?)` : ''}`);
          }
          refuse(entry.id, at(where));
          changed = true;
          break;
        }
      }
    }
  };
  refuseMissingDependencies();

  const graph = inOrder().map(({ entry }) => ({ id: entry.id, needs: entry.dependsOn.map((dependency) => dependency.id), line: entry.line }));
  const cycles = [...graph.filter((node) => node.needs.includes(node.id)).map((node) => [node.id]), ...findCycles(graph)];
  const cycleMembers: { ids: string[]; entry: CatalogueEntry }[] = cycles.map((ids) => ({ ids, entry: kept.get(ids[0]!)!.entry }));
  for (const { ids, entry } of cycleMembers) {
    const spelled = [...ids, ids[0]!].join(' → ');
    problem(entry, `a dependency cycle: ${spelled}; none of these can start before the others, so take one of these dependencies out`);
    for (const id of ids) refuse(id, at(entry));
  }
  refuseMissingDependencies();

  const services = [...kept.keys()]
    .map((id) => specs.get(id)!)
    .sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name, 'en') || (a.serviceId < b.serviceId ? -1 : 1));
  return {
    services,
    problems: problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1)),
    teams: [...new Set(services.map((service) => service.team))].sort((a, b) => a.localeCompare(b, 'en')),
    tiers: tierViews(tiers, services),
    replacements: services
      .filter((service) => replacements.has(service.serviceId))
      .map((service): CatalogueReplacement => ({ serviceId: service.serviceId, replaced: replacements.get(service.serviceId)! })),
  };
}

/** Every tier defined or used, in order; one used but never defined is "Tier N" with the default freshness. */
function tierViews(defined: ReadonlyMap<number, TierEntry>, services: readonly CatalogueService[]): TierView[] {
  const numbers = new Set([...defined.keys(), ...services.map((service) => service.tier)]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((tier) => ({ tier, name: defined.get(tier)?.name ?? `Tier ${tier}`, freshnessMs: defined.get(tier)?.freshnessMs ?? DEFAULT_FRESHNESS_MS }));
}

function byPlace(a: { readonly file: string; readonly line: number }, b: { readonly file: string; readonly line: number }): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}

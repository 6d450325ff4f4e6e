/**
 * "Services affected" in the post-mortem's JSON (postmortem-json.ts holds
 * the rest of the document): its schema, described field by field in
 * docs/postmortem-json.md, and the document's part written to it.
 */
import { z } from 'zod';
import { SERVICE_STATES } from '../services/service-state.js';
import type { ServicesAffected } from './services-affected.js';

const time = z.string().describe('ISO 8601, UTC');
const ms = z.number().describe('milliseconds');
const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

export const servicesAffectedSchema = z.object({
  impactStart: time.describe('When the impact started: what times to verified up are measured from'),
  services: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        team: z.string().describe('Its owning team; empty when none'),
        tier: z.number().int().describe('How soon it must be back: 1 first'),
        layer: z.number().int().describe('Its layer in the restart plan: 0 depends on nothing on the board'),
        state: z.enum(SERVICE_STATES).describe('What its latest check found'),
        downFrom: time.nullable().describe('When it is counted down from; null when no check found it down, degraded or restoring'),
        downFromImpactStart: z.boolean().describe('Counted from the impact’s start, because its first check already found it not up'),
        firstUpAt: time.nullable().describe('When it was first verified up; null if never'),
        upAt: time.nullable().describe('When it was verified up for good; null while not up'),
        downMs: ms.nullable().describe('From downFrom to upAt, or to generatedAt while not up; null when never found down'),
        downOpen: z.boolean().describe('Not up yet: downMs runs to generatedAt'),
        toUpMs: ms.nullable().describe('From impactStart to upAt; null while not up'),
        checks: z.number().int().describe('Hand checks of it, from every laptop'),
        fourEyes: z.boolean().describe('Marking it up takes a second person'),
        markedUpBy: z.string().nullable(),
        confirmedBy: z.string().nullable(),
        confirmedAt: time.nullable(),
      }),
    )
    .describe('Tier first, then name'),
  restartOrder: z
    .array(
      z.object({
        serviceId: z.string(),
        name: z.string(),
        layer: z.number().int(),
        upAt: time.describe('When it was first verified up'),
        aheadOfDependencies: z.array(z.string()).describe('Names of services it depends on not verified up yet when it was'),
        aheadOfLayer: z.array(z.string()).describe('Names of services of an earlier layer verified up after it'),
        override: z.boolean().describe('Marked up as an override'),
      }),
    )
    .describe('In the order services were first verified up'),
  overrides: z.array(z.object({ serviceId: z.string(), name: z.string(), state: z.enum(SERVICE_STATES), by: z.string(), at: time, reason: z.string() })).describe('Oldest first'),
  notUp: z
    .array(
      z.object({
        serviceId: z.string(),
        name: z.string(),
        team: z.string(),
        tier: z.number().int(),
        state: z.enum(SERVICE_STATES),
        awaitingConfirmation: z.boolean().describe('Marked up, waiting for a second person'),
        lastCheckedAt: time.nullable().describe('Null: never checked'),
        lastCheckedBy: z.string().nullable(),
      }),
    )
    .describe('Not up when the document was made'),
});

export type ServicesAffectedJson = z.infer<typeof servicesAffectedSchema>;

export function servicesAffectedJson(part: ServicesAffected): ServicesAffectedJson {
  return {
    impactStart: iso(part.impactStart),
    services: part.services.map((service) => ({
      id: service.id,
      name: service.name,
      team: service.team,
      tier: service.tier,
      layer: service.layer,
      state: service.state,
      downFrom: isoOrNull(service.downFrom),
      downFromImpactStart: service.downFromImpactStart,
      firstUpAt: isoOrNull(service.firstUpAt),
      upAt: isoOrNull(service.upAt),
      downMs: service.downMs,
      downOpen: service.downOpen,
      toUpMs: service.toUpMs,
      checks: service.checks,
      fourEyes: service.fourEyes,
      markedUpBy: service.markedUpBy,
      confirmedBy: service.confirmedBy,
      confirmedAt: isoOrNull(service.confirmedAt),
    })),
    restartOrder: part.restartOrder.map((step) => ({ ...step, upAt: iso(step.upAt), aheadOfDependencies: [...step.aheadOfDependencies], aheadOfLayer: [...step.aheadOfLayer] })),
    overrides: part.overrides.map((override) => ({ ...override, at: iso(override.at) })),
    notUp: part.notUp.map((service) => ({ ...service, lastCheckedAt: isoOrNull(service.lastCheckedAt) })),
  };
}

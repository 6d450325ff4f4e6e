/**
 * What a person found when they checked a service by hand (DOMAIN.md: in
 * the large outages monitoring was down or lying, so the board holds only
 * what people verified). `unknown` is where every service starts: nobody
 * has looked yet, and nothing is assumed.
 */
export const SERVICE_STATES = ['down', 'degraded', 'restoring', 'up', 'unknown'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export const SERVICE_STATE_LABEL: Readonly<Record<ServiceState, string>> = {
  down: 'Down',
  degraded: 'Degraded',
  restoring: 'Restoring',
  up: 'Up',
  unknown: 'Unknown',
};

/**
 * How many people it takes to call a step done or a service up: `two`
 * means a second person, on another laptop, confirms it (four eyes on a
 * failover, a restore, a configuration push).
 */
export const CONFIRMATIONS = ['one', 'two'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];

/** How long a hand check stays true when the catalogue does not say: after it, the board shows the service as unverified. */
export const DEFAULT_FRESHNESS_MS = 15 * 60 * 1000;

/**
 * A state change on a big service board: 150 services in dependency layers
 * with 2,000 hand checks already folded. Each sample takes in one more
 * `service.checked` event, builds the board view the host sends the
 * screens, and the restart plan the screens draw from it: what a person
 * waits for between marking a service and seeing the board redrawn (less
 * the drawing itself). Events are signed beforehand: signing is the
 * recording laptop's work, not the board's.
 */
import { performance } from 'node:perf_hooks';
import type { ServiceSpec } from '../../shared/projection/board-views.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { restartPlan } from '../../shared/services/restart-plan.js';
import { SERVICE_STATES } from '../../shared/services/service-state.js';
import { SimulatedLaptop } from '../support/event-factory.js';
import { ms, percentile, report } from './stats.js';

const SERVICES = 150;
const CHECKS = 2_000;
const WARM_UP = 50;
const MEASURED = 500;
const INCIDENT = 'big-board';
const START = 1_795_000_000_000;

/** Six layers of 25: each service depends on two or three of the layer below, as a mid-size company's would. */
function layeredServices(): ServiceSpec[] {
  return Array.from({ length: SERVICES }, (_, index) => {
    const layer = Math.floor(index / 25);
    const below = (offset: number) => `service-${(layer - 1) * 25 + ((index + offset) % 25)}`;
    return {
      serviceId: `service-${index}`,
      name: `Service ${String(index).padStart(3, '0')}`,
      team: `Team ${index % 12}`,
      tier: 1 + (index % 4),
      dependsOn: layer === 0 ? [] : index % 3 === 0 ? [below(0), below(7), below(13)] : [below(0), below(11)],
      check: 'curl the health page from the NOC',
      checkStep: null,
      customerFacing: index % 5 === 0,
      freshnessMs: 900_000,
      restartMs: index % 9 === 0 ? null : 60_000 * (1 + (index % 20)),
      confirm: index % 10 === 0 ? 'two' : 'one',
    };
  });
}

export function benchServiceBoard(): void {
  let wall = START;
  const laptops = ['Ana', 'Bo', 'Chen'].map((name) => new SimulatedLaptop(name, () => wall));
  const check = (index: number) => {
    wall += 400;
    return laptops[index % 3]!.record('service.checked', {
      incidentId: INCIDENT,
      serviceId: `service-${(index * 37) % SERVICES}`,
      state: SERVICE_STATES[index % SERVICE_STATES.length]!,
      evidence: `check ${index}: answered from the NOC`,
      override: false,
      reason: '',
    });
  };
  const projection = new WarRoomProjection();
  projection.apply(laptops[0]!.record('incident.declared', { incidentId: INCIDENT, title: 'Data centre power loss', severity: 'SEV1', summary: '' }));
  projection.apply(laptops[0]!.record('services.scoped', { incidentId: INCIDENT, services: layeredServices(), reason: '' }));
  for (let index = 0; index < CHECKS; index += 1) projection.apply(check(index));
  const changes = Array.from({ length: WARM_UP + MEASURED }, (_, index) => check(CHECKS + index));

  const samples: number[] = [];
  changes.forEach((event, index) => {
    const started = performance.now();
    projection.apply(event);
    const plan = restartPlan(projection.board(INCIDENT), wall);
    const elapsed = performance.now() - started;
    if (plan.layers.length === 0) throw new Error('the bench board lost its services');
    if (index >= WARM_UP) samples.push(elapsed);
  });
  process.stdout.write(`(a service board of ${SERVICES} services with ${CHECKS.toLocaleString('en')} hand checks folded)\n`);
  report(
    'service board: a check to board + restart plan',
    { p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)), max: ms(Math.max(...samples)) },
    'p95 under 50 ms',
  );
}

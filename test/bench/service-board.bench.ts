/**
 * A state change on a big service board: the shipped catalogue's services
 * (topped up to 150) with 2,000 hand checks already folded. Each sample takes in one more
 * `service.checked` event, builds the board view the host sends the
 * screens, and the restart plan the screens draw from it: what a person
 * waits for between marking a service and seeing the board redrawn (less
 * the drawing itself). Events are signed beforehand: signing is the
 * recording laptop's work, not the board's.
 */
import { performance } from 'node:perf_hooks';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { restartPlan } from '../../shared/services/restart-plan.js';
import { SERVICE_STATES } from '../../shared/services/service-state.js';
import { SimulatedLaptop } from '../support/event-factory.js';
import { BOARD_SERVICES as SERVICES, boardServices } from './board-services.js';
import { ms, percentile, report } from './stats.js';

const CHECKS = 2_000;
const WARM_UP = 50;
const MEASURED = 500;
const INCIDENT = 'big-board';
const START = 1_795_000_000_000;

export function benchServiceBoard(): void {
  const services = boardServices();
  let wall = START;
  const laptops = ['Ana', 'Bo', 'Chen'].map((name) => new SimulatedLaptop(name, () => wall));
  const check = (index: number) => {
    wall += 400;
    return laptops[index % 3]!.record('service.checked', {
      incidentId: INCIDENT,
      serviceId: services[(index * 37) % SERVICES]!.serviceId,
      state: SERVICE_STATES[index % SERVICE_STATES.length]!,
      evidence: `check ${index}: answered from the NOC`,
      override: false,
      reason: '',
    });
  };
  const projection = new WarRoomProjection();
  projection.apply(laptops[0]!.record('incident.declared', { incidentId: INCIDENT, title: 'Data centre power loss', severity: 'SEV1', summary: '' }));
  projection.apply(laptops[0]!.record('services.scoped', { incidentId: INCIDENT, services, reason: '' }));
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

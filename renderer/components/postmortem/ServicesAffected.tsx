import { useId } from 'react';
import type { ServicesAffected as ServicesAffectedPart } from '../../../shared/postmortem/services-affected.js';
import {
  againstPlan,
  fourEyes,
  layerLabel,
  NO_RESTART_YET,
  NO_SERVICE_OVERRIDE,
  notUpHeadline,
  notUpState,
  SERVICE_TIMES_RULE,
  servicesSummary,
  tierLabel,
  timeDown,
  timeToUp,
} from '../../../shared/postmortem/services-labels.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import './services-affected.css';

/**
 * The services on the incident's board, as every export gives them: what
 * was still not up, how long each was down and took to verify up, the
 * restart order against the plan, and the overrides with their reasons.
 * Absent when no service was on the board.
 */
export function ServicesAffected({ part }: { readonly part: ServicesAffectedPart | null }) {
  const id = useId();
  if (part === null) return null;
  return (
    <section className="postmortem-part services-affected" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Services affected</h2>
      <p>{servicesSummary(part)}</p>
      <NotUp part={part} />
      <EveryService part={part} />
      <RestartOrder part={part} />
      <Overrides part={part} />
    </section>
  );
}

const team = (name: string) => (name.trim() === '' ? 'no team' : name);

function NotUp({ part }: { readonly part: ServicesAffectedPart }) {
  return (
    <>
      <h3>Still not up</h3>
      <p className={part.notUp.length === 0 ? 'services-all-up' : 'postmortem-warning'}>
        <strong>{notUpHeadline(part.notUp)}</strong>
      </p>
      {part.notUp.length > 0 && (
        <table className="services-table">
          <caption>Services not up when this was made</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Team</th>
              <th scope="col">Tier</th>
              <th scope="col">State</th>
              <th scope="col">Last checked</th>
            </tr>
          </thead>
          <tbody>
            {part.notUp.map((service) => (
              <tr key={service.serviceId}>
                <th scope="row">{service.name}</th>
                <td>{team(service.team)}</td>
                <td>{tierLabel(service.tier)}</td>
                <td>{notUpState(service)}</td>
                <td>
                  {service.lastCheckedAt === null ? (
                    'never'
                  ) : (
                    <>
                      <PostMortemMoment at={service.lastCheckedAt} /> by {service.lastCheckedBy}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function EveryService({ part }: { readonly part: ServicesAffectedPart }) {
  return (
    <>
      <h3>Every service</h3>
      <p className="hint">
        {SERVICE_TIMES_RULE} The impact started <PostMortemMoment at={part.impactStart} />.
      </p>
      <table className="services-table">
        <caption>How long each service was down, and how long it took to verify it up</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Team</th>
            <th scope="col">Tier</th>
            <th scope="col">Down from</th>
            <th scope="col">Verified up</th>
            <th scope="col">Time down</th>
            <th scope="col">Time to verified up</th>
            <th scope="col">Checks</th>
            <th scope="col">Second person</th>
          </tr>
        </thead>
        <tbody>
          {part.services.map((service) => (
            <tr key={service.id}>
              <th scope="row">{service.name}</th>
              <td>{team(service.team)}</td>
              <td>{tierLabel(service.tier)}</td>
              <td>
                {service.downFrom === null ? (
                  'never'
                ) : (
                  <>
                    <PostMortemMoment at={service.downFrom} />
                    {service.downFromImpactStart ? ' (impact start)' : ''}
                  </>
                )}
              </td>
              <td>{service.upAt === null ? 'not up yet' : <PostMortemMoment at={service.upAt} />}</td>
              <td className="services-duration">{timeDown(service)}</td>
              <td className="services-duration">{timeToUp(service)}</td>
              <td>{service.checks}</td>
              <td>{fourEyes(service) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function RestartOrder({ part }: { readonly part: ServicesAffectedPart }) {
  return (
    <>
      <h3>Restart order as executed</h3>
      {part.restartOrder.length === 0 ? (
        <p className="hint postmortem-empty">{NO_RESTART_YET}</p>
      ) : (
        <table className="services-table">
          <caption>In the order services were first verified up, against their layer in the restart plan</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Service</th>
              <th scope="col">Plan</th>
              <th scope="col">Verified up</th>
              <th scope="col">Against the plan</th>
            </tr>
          </thead>
          <tbody>
            {part.restartOrder.map((step, index) => {
              const lines = againstPlan(step);
              const kept = step.aheadOfDependencies.length === 0 && step.aheadOfLayer.length === 0 && !step.override;
              return (
                <tr key={step.serviceId} className={kept ? undefined : 'services-off-plan'}>
                  <td>{index + 1}</td>
                  <th scope="row">{step.name}</th>
                  <td>{layerLabel(step.layer)}</td>
                  <td>
                    <PostMortemMoment at={step.upAt} />
                  </td>
                  <td>
                    {lines.map((line) => (
                      <p key={line} className="services-line">
                        {kept ? '' : <span aria-hidden="true">⚠ </span>}
                        {line}
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

function Overrides({ part }: { readonly part: ServicesAffectedPart }) {
  return (
    <>
      <h3>Overrides</h3>
      {part.overrides.length === 0 ? (
        <p className="hint postmortem-empty">{NO_SERVICE_OVERRIDE}</p>
      ) : (
        <table className="services-table">
          <caption>Services marked up ahead of what they depend on, and why</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Service</th>
              <th scope="col">By</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {part.overrides.map((override) => (
              // One person cannot override one service twice in the same millisecond.
              <tr key={`${override.serviceId}-${override.at}-${override.by}`}>
                <td>
                  <PostMortemMoment at={override.at} />
                </td>
                <th scope="row">{override.name}</th>
                <td>{override.by}</td>
                <td>{override.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { formatDuration } from '../../../shared/duration.js';
import type { TrendsView } from '../../../shared/trends/trends-view.js';
import { UptimeBars } from './UptimeBars.js';
import { budgetLeftWords, monthLabel, sourceWords, targetWords } from './trendWords.js';

/**
 * Time down per customer-facing service against its monthly uptime target:
 * this month as bars against the budget, and every month with time down
 * (and this month) in the table, with where the time comes from.
 */
export function UptimeSection({ view }: { readonly view: TrendsView }) {
  const current = view.months.at(-1)!;
  // A service with neither a target nor any time down has nothing to chart: it is named in one line instead of a row of zeros.
  const followed = view.uptime.filter((service) => service.targetPercent !== null || service.months.some((month) => month.downMs > 0));
  const unfollowed = view.uptime.filter((service) => !followed.includes(service));
  const rows = followed.flatMap((service) => service.months.filter((month) => month.downMs > 0 || month.month === current).map((month) => ({ service, month })));
  return (
    <section className="trends-section" aria-labelledby="trends-uptime-heading">
      <h2 id="trends-uptime-heading">Uptime of customer-facing services</h2>
      {view.uptime.length === 0 ? (
        <p>The service catalogue marks no service customer-facing. Add &quot;customer-facing: true&quot; and &quot;uptime-target: 99.95%&quot; to a service in runbooks/services to follow its time down here.</p>
      ) : (
        <figure className="trends-figure-box" aria-label="Time down against the uptime budget">
          <figcaption>
            {monthLabel(current)}: each service&apos;s time down against its budget, (100 % − target) of the month. Real incidents only; time down comes from the service board&apos;s checks (found down to verified up), or, when the board never checked the service, from the impact window (detected to mitigated) of an incident whose categories name it.
          </figcaption>
          <UptimeBars title={`Bar chart: time down in ${monthLabel(current)} per customer-facing service, against its budget`} services={followed} monthOf={(service) => service.months.at(-1)!} />
          <table className="trends-table wide">
            <caption>Time down per service and month, against the budget</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Month</th>
                <th scope="col">Target</th>
                <th scope="col">Time down</th>
                <th scope="col">Budget</th>
                <th scope="col">Budget left</th>
                <th scope="col">Counted from</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ service, month }) => (
                <tr key={`${service.serviceId}-${month.month}`} className={month.leftMs !== null && month.leftMs < 0 ? 'exceeded' : undefined}>
                  <th scope="row">{service.name}</th>
                  <td>{monthLabel(month.month)}</td>
                  <td>{targetWords(service.targetPercent)}</td>
                  <td>
                    {formatDuration(month.downMs)}
                    {month.stillDown && ' (still down)'}
                  </td>
                  <td>{month.budgetMs === null ? '—' : formatDuration(month.budgetMs)}</td>
                  <td>{budgetLeftWords(month)}</td>
                  <td>{sourceWords(month)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {unfollowed.length > 0 && (
            <p className="trends-note">
              No uptime target in the catalogue, and no time down in these months: {unfollowed.map((service) => service.name).join(', ')}. Add &quot;uptime-target: 99.95%&quot; to a service to follow it here.
            </p>
          )}
        </figure>
      )}
    </section>
  );
}

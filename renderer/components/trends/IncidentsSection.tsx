import type { TrendsView } from '../../../shared/trends/trends-view.js';
import { CauseBars } from './CauseBars.js';
import { MonthlyBars } from './MonthlyBars.js';
import { monthLabel } from './trendWords.js';

/** Real incidents per month, and per cause: two charts, each with its figures in a table beside it. Drills are never counted here. */
export function IncidentsSection({ view, causeName }: { readonly view: TrendsView; readonly causeName: (id: string) => string }) {
  const totals = view.causes.map((cause) => ({ name: causeName(cause), count: view.incidents.reduce((sum, month) => sum + (month.byCause.find((one) => one.cause === cause)?.count ?? 0), 0) }));
  const uncategorised = view.incidents.reduce((sum, month) => sum + month.uncategorised, 0);
  const withUncategorised = uncategorised > 0 ? [...totals, { name: 'No cause given yet', count: uncategorised }] : totals;
  return (
    <section className="trends-section" aria-labelledby="trends-incidents-heading">
      <h2 id="trends-incidents-heading">Incidents</h2>
      <div className="trends-pair">
        <figure className="trends-figure-box" aria-label="Incidents per month">
          <figcaption>Incidents per month (drills not counted)</figcaption>
          <MonthlyBars title="Bar chart: real incidents per month, oldest on the left" months={view.months} values={view.incidents.map((month) => month.incidents)} axisLabel="Incidents" />
          <table className="trends-table">
            <caption>Incidents per month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Incidents</th>
                <th scope="col">Causes</th>
              </tr>
            </thead>
            <tbody>
              {view.incidents.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthLabel(month.month)}</th>
                  <td>{month.incidents}</td>
                  <td>{[...month.byCause.map(({ cause, count }) => `${causeName(cause)} ${count}`), ...(month.uncategorised > 0 ? [`no cause yet ${month.uncategorised}`] : [])].join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        <figure className="trends-figure-box" aria-label="Incidents per cause">
          <figcaption>Incidents per cause, months shown (one with two causes counts under each)</figcaption>
          {withUncategorised.length === 0 ? (
            <p>No incident in these months.</p>
          ) : (
            <>
              <CauseBars title="Bar chart: real incidents per cause over the months shown, most first" totals={withUncategorised} />
              <table className="trends-table">
                <caption>Incidents per cause</caption>
                <thead>
                  <tr>
                    <th scope="col">Cause</th>
                    <th scope="col">Incidents</th>
                  </tr>
                </thead>
                <tbody>
                  {withUncategorised.map((total) => (
                    <tr key={total.name}>
                      <th scope="row">{total.name}</th>
                      <td>{total.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </figure>
      </div>
    </section>
  );
}

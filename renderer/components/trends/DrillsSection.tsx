import type { TrendsView } from '../../../shared/trends/trends-view.js';
import { TIME_TO_LABEL, TIME_TO_METRICS } from '../../../shared/postmortem/metrics.js';
import { monthLabel, timeOrDash } from './trendWords.js';

/** Drills in their own table: rehearsals, never mixed into the real incidents' counts and times. */
export function DrillsSection({ view }: { readonly view: TrendsView }) {
  const withDrills = view.drills.filter((month) => month.drills > 0);
  return (
    <section className="trends-section" aria-labelledby="trends-drills-heading">
      <h2 id="trends-drills-heading">Drills</h2>
      {withDrills.length === 0 ? (
        <p>No drill in these months. Drills are counted here, apart from real incidents.</p>
      ) : (
        <table className="trends-table wide">
          <caption>Drills per month, with their median times (kept apart from real incidents)</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Drills</th>
              {TIME_TO_METRICS.map((key) => (
                <th key={key} scope="col">
                  {TIME_TO_LABEL[key]} (median)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {withDrills.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month)}</th>
                <td>{month.drills}</td>
                {month.times.map((figure) => (
                  <td key={figure.key}>{timeOrDash(figure.medianMs)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

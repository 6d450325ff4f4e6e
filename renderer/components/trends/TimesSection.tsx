import type { TimeToFigure, TrendsView } from '../../../shared/trends/trends-view.js';
import { TIME_TO_LABEL, TIME_TO_METRICS } from '../../../shared/postmortem/metrics.js';
import { TimeLegend, TimeLines } from './TimeLines.js';
import { monthLabel, timeOrDash } from './trendWords.js';

function Cells({ figure }: { readonly figure: TimeToFigure }) {
  return (
    <>
      <td>{timeOrDash(figure.medianMs)}</td>
      <td>{figure.p90Ms === null ? (figure.samples === 0 ? '—' : `— (${figure.samples} ${figure.samples === 1 ? 'time' : 'times'}, 5 needed)`) : timeOrDash(figure.p90Ms)}</td>
    </>
  );
}

/** Median and 90th percentile of the four times per month, one small chart each, and every figure in one table under them. */
export function TimesSection({ view }: { readonly view: TrendsView }) {
  return (
    <section className="trends-section" aria-labelledby="trends-times-heading">
      <h2 id="trends-times-heading">Times to detect, acknowledge, mitigate and resolve</h2>
      <figure className="trends-figure-box" aria-label="Times per month">
        <figcaption>
          Each time from when the impact started, per month, real incidents only. {view.percentileDefinition}
          {view.crossedTimes > 0 && ` ${view.crossedTimes} ${view.crossedTimes === 1 ? 'time is' : 'times are'} left out: a milestone was corrected to before the start; correct it on the post-mortem.`}
        </figcaption>
        <TimeLegend />
        <div className="trends-grid-4">
          {TIME_TO_METRICS.map((key, index) => (
            <div key={key}>
              <h3 className="trends-small-heading">{TIME_TO_LABEL[key]}</h3>
              <TimeLines title={`Line chart: ${TIME_TO_LABEL[key].toLowerCase()} per month, median and 90th percentile`} months={view.months} figures={view.incidents.map((month) => month.times[index]!)} />
            </div>
          ))}
        </div>
        <table className="trends-table wide">
          <caption>Times per month: median and 90th percentile</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Month
              </th>
              {TIME_TO_METRICS.map((key) => (
                <th key={key} scope="colgroup" colSpan={2}>
                  {TIME_TO_LABEL[key]}
                </th>
              ))}
            </tr>
            <tr>
              {TIME_TO_METRICS.map((key) => (
                <FragmentHeads key={key} metric={TIME_TO_LABEL[key]} />
              ))}
            </tr>
          </thead>
          <tbody>
            {view.incidents.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month)}</th>
                {month.times.map((figure) => (
                  <Cells key={figure.key} figure={figure} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}

function FragmentHeads({ metric }: { readonly metric: string }) {
  return (
    <>
      <th scope="col" aria-label={`${metric}: median`}>
        median
      </th>
      <th scope="col" aria-label={`${metric}: 90th percentile`}>
        90th
      </th>
    </>
  );
}

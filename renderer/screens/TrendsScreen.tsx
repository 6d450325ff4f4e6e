import { IncidentsSection } from '../components/trends/IncidentsSection.js';
import { DrillsSection } from '../components/trends/DrillsSection.js';
import { TimesSection } from '../components/trends/TimesSection.js';
import { UptimeSection } from '../components/trends/UptimeSection.js';
import { trendsSignature } from '../components/trends/trendsSignature.js';
import { monthLabel } from '../components/trends/trendWords.js';
import { useHoldfast } from '../store/context.js';
import { useHostResource } from '../store/useHostResource.js';
import { useScreenIanaZone } from '../time/clockSetting.js';
import '../components/trends/trends.css';

/**
 * Trends across incidents: how many and of which causes, how fast they are
 * detected and dealt with, drills apart, and the time down of what customers
 * see against its uptime target. Months are cut in the zone times are shown in.
 */
export function TrendsScreen() {
  const zone = useScreenIanaZone();
  const signature = useHoldfast(trendsSignature);
  const { resource, refetch } = useHostResource('getTrends', { zone }, signature);
  const categories = useHostResource('listCategories', {}).resource;
  const names = new Map(categories.state === 'loaded' ? categories.value.causes.map((cause) => [cause.id, cause.name] as const) : []);
  const causeName = (id: string) => names.get(id) ?? id;

  return (
    <section className="trends-screen" aria-labelledby="trends-heading">
      <div className="trends-header">
        <h1 id="trends-heading">Trends</h1>
        <button type="button" onClick={refetch}>
          Read again
        </button>
      </div>
      {resource.state === 'loading' && <p role="status">Reading the trends…</p>}
      {resource.state === 'failed' && <p role="alert">The trends could not be read: {resource.message}</p>}
      {resource.state === 'loaded' && <TrendsBody view={resource.value} causeName={causeName} />}
    </section>
  );
}

function TrendsBody({ view, causeName }: { readonly view: import('../../shared/trends/trends-view.js').TrendsView; readonly causeName: (id: string) => string }) {
  const anything = view.incidents.some((month) => month.incidents > 0) || view.drills.some((month) => month.drills > 0);
  const first = view.months[0]!;
  const last = view.months.at(-1)!;
  return (
    <>
      <p className="trends-intro">
        {first === last ? monthLabel(last) : `${monthLabel(first)} to ${monthLabel(last)}`}, months in {view.zone}. An incident counts in the month its impact started.
        {view.earlier.incidents + view.earlier.drills > 0 && ` ${view.earlier.incidents} older incidents and ${view.earlier.drills} older drills are not shown.`}
      </p>
      {!anything && (
        <p className="trends-empty" role="status">
          No incidents yet, so there is no trend to draw. Once incidents are declared, their counts appear here; set their milestones and categories on each post-mortem so the times and causes are right.
        </p>
      )}
      {anything && (
        <>
          <IncidentsSection view={view} causeName={causeName} />
          <TimesSection view={view} />
          <DrillsSection view={view} />
        </>
      )}
      <UptimeSection view={view} />
    </>
  );
}

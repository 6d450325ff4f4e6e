import { hrefFor } from '../../navigation/route.js';
import './postmortem.css';

/** From the incident to its post-mortem, which can be drafted at any time. */
export function PostMortemLink({ incidentId }: { readonly incidentId: string }) {
  return (
    <a className="postmortem-link" href={hrefFor({ screen: 'postmortem', incidentId })}>
      Post-mortem
    </a>
  );
}

/**
 * Every component's and screen's stylesheet, pulled into the first chunk so
 * the cascade does not depend on which screen was opened first.
 *
 * Screens load lazily (screens/lazyScreens.ts). Left alone, a lazy chunk
 * would carry its own CSS and inject it AFTER styles.css, so the global
 * rules there would stop winning specificity ties (on a narrow window the
 * incident strip's "Go to timeline" stayed hidden). main.tsx imports this
 * module first and styles.css last: every .css file belongs to the entry
 * chunk, lazy chunks carry none, and the built CSS is byte for byte what one
 * bundle produced.
 *
 * The order is the one a depth-first walk of the static imports from
 * main.tsx through App reached them in before the split; keep it. A new
 * component stylesheet goes here too (test/renderer/componentStyles.test.ts
 * fails until it does), next to the files its rules relate to.
 */
import '../components/outbox/outbox.css';
import '../components/updates/updates.css';
import '../components/actions/actions.css';
import '../components/services/board/board.css';
import '../components/drills/drills.css';
import '../components/checklists/checklists.css';
import '../components/roles/roles.css';
import '../components/postmortem/postmortem.css';
import '../components/search/search.css';
import '../components/lifecycle/lifecycle.css';
import '../components/categories/categories.css';
import '../components/controls/more-actions.css';
import '../components/people/roster-person-field.css';
import '../components/incident/incident-layout.css';
import '../components/panels/side-panel.css';
import '../components/outreach/briefs/briefs.css';
import '../components/services/plan/restart-plan.css';
import '../components/timeline/timeline.css';
import '../components/key-moment.css';
import '../components/outreach/delivery/delivery.css';
import '../components/outreach/callout/callout.css';
import '../components/outreach/channels/channels.css';
import '../components/outreach/promises/promises.css';
import '../components/outreach/outreach-flags.css';
import '../components/outreach/briefing/briefing.css';
import '../components/people/people.css';
import '../components/postmortem/services-affected.css';
import '../components/readiness/readiness.css';
import '../components/runbooks/runbooks.css';
import '../components/trends/trends.css';

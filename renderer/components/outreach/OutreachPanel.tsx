import { useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { Tabs } from '../incident/Tabs.js';
import { StatusUpdatePanel } from '../updates/StatusUpdatePanel.js';
import { CalloutPanel } from './callout/CalloutPanel.js';
import { ChannelsPanel } from './channels/ChannelsPanel.js';
import { RecipientsPanel } from './channels/RecipientsPanel.js';
import { PromisesPanel } from './promises/PromisesPanel.js';

/** The sub-tab last chosen in each incident. */
const chosen = new Map<string, string>();

/**
 * Reaching people outside the room: the updates and who each reached, the
 * call-out, which channels still work, the audiences' lists and the promises
 * made. One tab of the incident, with its own row of tabs: the incident's
 * row has no room for five more at 1280 pixels.
 */
export function OutreachPanel({ incident }: { readonly incident: IncidentView }) {
  const [tab, setChosen] = useState(() => chosen.get(incident.id) ?? 'updates');
  const select = (key: string) => {
    chosen.set(incident.id, key);
    setChosen(key);
  };
  return (
    <Tabs
      label="Outreach"
      selected={tab}
      onSelect={select}
      tabs={[
        { key: 'updates', label: 'Updates', content: <StatusUpdatePanel incident={incident} /> },
        { key: 'callout', label: 'Call-out', content: <CalloutPanel incident={incident} /> },
        { key: 'channels', label: 'Channels', content: <ChannelsPanel incident={incident} /> },
        { key: 'recipients', label: 'Recipients', content: <RecipientsPanel incident={incident} /> },
        { key: 'promises', label: 'Promises', content: <PromisesPanel incident={incident} /> },
      ]}
    />
  );
}

/**
 * A channel file is written by hand, often in a hurry: every mistake comes
 * back as FILE:LINE: reason, and a bad entry never keeps the good ones out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChannelCatalogue, type ChannelLayer } from '../../../shared/outreach/build-channel-catalogue.js';
import { parseChannels } from '../../../shared/outreach/parse-channels.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

const catalogue = (files: Record<string, string>, own: Record<string, string> = {}) => {
  const layers: ChannelLayer[] = [{ origin: 'shipped', files: Object.entries(files).map(([file, text]) => parseChannels(text, file)) }];
  if (Object.keys(own).length > 0) layers.push({ origin: 'own', files: Object.entries(own).map(([file, text]) => parseChannels(text, file)) });
  return buildChannelCatalogue(layers);
};
const printed = (view: ReturnType<typeof catalogue>) => view.problems.map(formatProblem);
const ids = (view: ReturnType<typeof catalogue>) => view.channels.map((channel) => channel.channelId);

const channel = (id: string, extra = '', kind = 'sms', freshness = '30m') => `  - id: ${id}\n    name: Channel ${id}\n    kind: ${kind}\n    freshness: ${freshness}\n${extra}`;

describe('the channel file', () => {
  it('reads each channel with its kind, freshness in milliseconds, how-to line, file and line', () => {
    const view = catalogue({ 'channels.yaml': `channels:\n${channel('sms', '    how: Text from the duty phone.\n')}${channel('radio-net', '', 'other', '1h30m')}` });
    expect(view.problems).toEqual([]);
    expect(view.channels).toEqual([
      { channelId: 'sms', name: 'Channel sms', kind: 'sms', freshnessMs: 30 * 60_000, how: 'Text from the duty phone.', file: 'channels.yaml', line: 2, origin: 'shipped' },
      { channelId: 'radio-net', name: 'Channel radio-net', kind: 'other', freshnessMs: 90 * 60_000, how: '', file: 'channels.yaml', line: 7, origin: 'shipped' },
    ]);
  });

  it('refuses a file that is not YAML, naming its line, and loads nothing from it', () => {
    const view = catalogue({ 'a.yaml': 'channels:\n  - id: sms\n    name: [SMS\n' });
    expect(view.channels).toEqual([]);
    expect(printed(view)[0]).toMatch(/^a\.yaml:\d+: this file is not valid YAML, so none of its channels load/);
  });

  it('refuses an unknown field, at the top and in a channel, and keeps the others', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('sms', '    colour: green\n')}${channel('email', '', 'email')}colours: []\n` });
    expect(ids(view)).toEqual(['email']);
    expect(printed(view)).toEqual([
      'a.yaml:11: unknown field "colours" at the top of a channel file: the file holds "channels:" only',
      'a.yaml:6: unknown field "colour" of a channel: the fields are id, name, kind, freshness, how',
    ]);
  });

  it('refuses an unknown kind, naming the kinds there are', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('pager', '', 'pager')}${channel('sms')}` });
    expect(ids(view)).toEqual(['sms']);
    expect(printed(view)).toEqual([
      'a.yaml:4: the channel "pager"\'s kind "pager" is not a kind of channel: write one of email, sms, phone, chat, sheet, status-page, other ("other" for anything else, like a radio net)',
    ]);
  });

  it('refuses a freshness that is not a duration, an empty one, and one longer than a week', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('sms', '', 'sms', '30')}${channel('chat', '', 'chat', '""')}${channel('email', '', 'email', '8d')}` });
    expect(ids(view)).toEqual([]);
    expect(printed(view)).toEqual([
      'a.yaml:5: the channel "sms"\'s freshness "30" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
      'a.yaml:9: the channel "chat"\'s "freshness" is empty: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
      'a.yaml:13: the channel "email"\'s freshness "8d" is longer than a week: a channel that worked a week ago says nothing of now',
    ]);
  });

  it('refuses a bad id and a missing one, a missing name, kind or freshness', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('SMS Gateway')}  - name: Nameless\n    kind: sms\n    freshness: 5m\n  - id: bare\n` });
    expect(ids(view)).toEqual([]);
    expect(printed(view)).toEqual([
      'a.yaml:2: "SMS Gateway" is not a channel id: 2 to 64 lower-case letters, digits or dashes, starting with a letter or digit, like satellite-phone',
      'a.yaml:6: this channel has no "id": give it one, like "- id: sms"',
      'a.yaml:9: the channel "bare" has no "name": what people call it, like "name: Satellite phone"',
      'a.yaml:9: the channel "bare" has no "kind": one of email, sms, phone, chat, sheet, status-page, other',
      'a.yaml:9: the channel "bare" has no "freshness": how long a person\'s word that it works stays true, like "freshness: 30m"',
    ]);
  });

  it('refuses a field written twice and a how-to of more than one line', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('sms', '    kind: phone\n')}${channel('chat', '    how: |\n      one\n      two\n')}` });
    expect(ids(view)).toEqual([]);
    expect(printed(view)).toEqual([
      'a.yaml:6: "kind" is written twice in this channel (first on line 4); keep one',
      'a.yaml:11: the channel "chat"\'s "how" must be one line of at most 1000 characters saying how to use it when things are down',
    ]);
  });

  it('refuses a second channel with an id used in the same folder, saying where the first is, and keeps the first', () => {
    const view = catalogue({ 'a.yaml': `channels:\n${channel('sms')}`, 'b.yaml': `channels:\n\n${channel('sms', '', 'phone')}` });
    expect(view.channels.map((entry) => [entry.channelId, entry.kind])).toEqual([['sms', 'sms']]);
    expect(printed(view)).toEqual(['b.yaml:3: the channel id "sms" is also defined at a.yaml:2, which is kept; give each channel its own id']);
  });

  it('lets a laptop’s own folder replace a shipped channel on purpose, listing the replacement, not as a problem', () => {
    const view = catalogue({ 'shipped.yaml': `channels:\n${channel('sms')}${channel('email', '', 'email')}` }, { 'own.yaml': `channels:\n${channel('sms', '', 'sms', '10m')}` });
    expect(view.problems).toEqual([]);
    expect(view.channels.map((entry) => [entry.channelId, entry.freshnessMs, entry.origin])).toEqual([
      ['sms', 10 * 60_000, 'own'],
      ['email', 30 * 60_000, 'shipped'],
    ]);
    expect(view.replacements).toEqual([{ channelId: 'sms', replaced: 'shipped.yaml:2' }]);
  });

  it('reads an empty file, and "channels:" with nothing under it, as no channels', () => {
    expect(catalogue({ 'a.yaml': '', 'b.yaml': 'channels:\n' })).toEqual({ channels: [], problems: [] });
  });
});

describe('the channel files Holdfast ships and documents', () => {
  const folder = path.join(import.meta.dirname, '..', '..', '..', 'runbooks', 'outreach');

  it('ships e-mail, SMS, phone, chat, a printed sheet, the status page and one channel of a kind of its own, with no problem', () => {
    const view = catalogue({ 'channels.yaml': fs.readFileSync(path.join(folder, 'channels.yaml'), 'utf8') });
    expect(view.problems).toEqual([]);
    expect(view.channels.map((entry) => entry.kind)).toEqual(['email', 'sms', 'phone', 'chat', 'sheet', 'status-page', 'other']);
  });

  it('holds the README’s example to the parser', () => {
    const readme = fs.readFileSync(path.join(folder, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## `channels.yaml`'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const view = catalogue({ 'README.md': example! });
    expect(view.problems).toEqual([]);
    expect(view.channels.map((entry) => [entry.channelId, entry.kind, entry.freshnessMs])).toEqual([['satellite-phone', 'phone', 45 * 60_000]]);
  });
});

/**
 * One channel file: YAML with a `channels:` list (runbooks/outreach/README.md
 * describes it for the people who write it). Every entry is checked on its
 * own, so a malformed one is refused with its line while the others load.
 * A duplicate id, which needs every file of a folder, is judged in
 * build-channel-catalogue.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { channelIdSchema } from '../events.js';
import { LIMITS } from '../limits.js';
import { DURATION_RULE, parseDuration } from '../runbooks/duration.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import { keyOf, readEntryFields, readYamlSource, scalarText, yamlReason, type LineOf, type Report } from '../yaml/yaml-source.js';
import { CHANNEL_KINDS, type ChannelKind } from './vocabulary.js';

/** A channel entry that passed its own checks. */
export interface ChannelEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ChannelKind;
  readonly freshnessMs: number;
  /** One line on how to use it when things are down; '' when the file says none. */
  readonly how: string;
  readonly file: string;
  /** The line of its `- id:` entry. */
  readonly line: number;
}

export interface ParsedChannelFile {
  readonly entries: readonly ChannelEntry[];
  readonly problems: readonly RunbookProblem[];
}

export const CHANNEL_FIELDS = ['id', 'name', 'kind', 'freshness', 'how'] as const;
const CHANNEL_ID_RULE = '2 to 64 lower-case letters, digits or dashes, starting with a letter or digit';
/** A word on a channel outlives a shift at most; longer would keep a dead channel green for days. */
const MAX_FRESHNESS_MS = 7 * 24 * 60 * 60 * 1000;

export function parseChannels(text: string, file: string): ParsedChannelFile {
  const { document, lineAt, lineOf, problems, problem } = readYamlSource(text, file);

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const hint = /mapping/i.test(error.message) ? ' (put a value that contains ": " or " #" in quotes)' : '';
      problem(lineAt(error.pos[0]), `this file is not valid YAML, so none of its channels load: ${yamlReason(error.message)}${hint}`);
    }
    return { entries: [], problems };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { entries: [], problems };
  if (!isMap(contents)) {
    problem(lineOf(contents, 1), 'a channel file holds "channels:", a list of channels each starting "- id:"');
    return { entries: [], problems };
  }

  let channelsNode: unknown = null;
  let channelsLine: number | null = null;
  for (const pair of contents.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, 1);
    if (key !== 'channels') {
      problem(keyLine, `unknown field "${key ?? ''}" at the top of a channel file: the file holds "channels:" only`);
      continue;
    }
    if (channelsLine !== null) {
      problem(keyLine, `"channels:" is written twice in this file (first on line ${channelsLine}); put every channel under the first one`);
      continue;
    }
    channelsLine = keyLine;
    channelsNode = isScalar(pair.value) && pair.value.value === null ? null : pair.value;
  }

  const entries: ChannelEntry[] = [];
  if (channelsNode !== null) {
    if (!isSeq(channelsNode)) problem(lineOf(channelsNode, channelsLine ?? 1), '"channels" must be a list of channels, each starting with "- id:" on its own line');
    else
      for (const item of channelsNode.items) {
        const entry = readChannel(item, lineOf, problem);
        if (entry) entries.push({ ...entry, file });
      }
  }
  return { entries, problems };
}

function readChannel(item: unknown, lineOf: LineOf, problem: Report): Omit<ChannelEntry, 'file'> | null {
  const line = lineOf(item, 1);
  if (!isMap(item)) {
    problem(line, 'each channel is a set of fields starting with "- id:", like "- id: sms" then "name:", "kind:" and "freshness:" on the lines below');
    return null;
  }
  const read = readEntryFields(item, CHANNEL_FIELDS, 'channel', line, lineOf, problem);
  const fields = read.fields;
  let ok = read.ok;
  const valueLine = (key: string) => {
    const field = fields.get(key)!;
    return lineOf(field.value, field.line);
  };

  const idField = fields.get('id');
  const writtenId = idField ? scalarText(idField.value) : null;
  const id = writtenId !== null && channelIdSchema.safeParse(writtenId).success ? writtenId : null;
  const who = id === null ? 'this channel' : `the channel "${id}"`;
  if (!idField) problem(line, 'this channel has no "id": give it one, like "- id: sms"');
  else if (id === null) problem(valueLine('id'), `"${writtenId ?? ''}" is not a channel id: ${CHANNEL_ID_RULE}, like satellite-phone`);

  let name: string | null = null;
  if (!fields.has('name')) problem(line, `${who} has no "name": what people call it, like "name: Satellite phone"`);
  else {
    name = scalarText(fields.get('name')!.value);
    if (name === null || name.length > LIMITS.titleChars || /[\r\n]/.test(name)) {
      problem(valueLine('name'), `${who}'s "name" must be one line of at most ${LIMITS.titleChars} characters, like "name: Satellite phone"`);
      name = null;
    }
  }

  let kind: ChannelKind | null = null;
  if (!fields.has('kind')) problem(line, `${who} has no "kind": one of ${CHANNEL_KINDS.join(', ')}`);
  else {
    const written = scalarText(fields.get('kind')!.value);
    if ((CHANNEL_KINDS as readonly (string | null)[]).includes(written)) kind = written as ChannelKind;
    else problem(valueLine('kind'), `${who}'s kind "${written ?? ''}" is not a kind of channel: write one of ${CHANNEL_KINDS.join(', ')} ("other" for anything else, like a radio net)`);
  }

  let freshnessMs: number | null = null;
  if (!fields.has('freshness')) problem(line, `${who} has no "freshness": how long a person's word that it works stays true, like "freshness: 30m"`);
  else {
    const value = fields.get('freshness')!.value;
    const written = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
    freshnessMs = parseDuration(written);
    if (freshnessMs === null) problem(valueLine('freshness'), written === '' ? `${who}'s "freshness" is empty: ${DURATION_RULE}` : `${who}'s freshness "${written}" is not a duration: ${DURATION_RULE}`);
    else if (freshnessMs > MAX_FRESHNESS_MS) {
      problem(valueLine('freshness'), `${who}'s freshness "${written}" is longer than a week: a channel that worked a week ago says nothing of now`);
      freshnessMs = null;
    }
  }

  let how = '';
  if (fields.has('how')) {
    const written = scalarText(fields.get('how')!.value);
    if (written === null || written.length > LIMITS.reasonChars || /[\r\n]/.test(written)) {
      problem(valueLine('how'), `${who}'s "how" must be one line of at most ${LIMITS.reasonChars} characters saying how to use it when things are down`);
      ok = false;
    } else how = written;
  }

  if (!ok || id === null || name === null || kind === null || freshnessMs === null) return null;
  return { id, name, kind, freshnessMs, how, line };
}

/**
 * A post-mortem made into the file a person saves: Markdown, HTML or JSON,
 * named after the incident and the day it was declared, with whether it is
 * a draft and what to know before sending it. One function for the desktop
 * app, the headless peer and the terminal, so all three make the same file.
 */
import type { IncidentDetail, PostMortemFile, PostMortemFormat } from '../api.js';
import { draftPostMortem } from './document.js';
import { incidentShapeSvg } from './incident-shape.js';
import { renderPostMortemHtml } from './render-html.js';
import { renderPostMortemJson } from './postmortem-json.js';
import { renderPostMortemMarkdown } from './render-markdown.js';
import { postMortemFileName } from './file-name.js';
import { UTC_ZONE, type ExportZone } from '../time/export-time.js';
import type { VerifiableRecord } from '../record/verifiable-record.js';
import type { CategoryTaxonomyView } from '../categories/taxonomy.js';

const MEDIA_TYPE: Readonly<Record<PostMortemFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

export interface PostMortemFileOptions {
  /** The zone its times are written in: UTC unless the person asked for their laptop's. */
  readonly zone?: ExportZone;
  /** The signed events behind it, put in the JSON only (Markdown and HTML are for people to read). */
  readonly record?: VerifiableRecord;
  /** The causes' and services' names for the categories; their ids stand in without it. */
  readonly taxonomy?: CategoryTaxonomyView;
}

export function postMortemFile(detail: IncidentDetail, format: PostMortemFormat, now: number, options: PostMortemFileOptions = {}): PostMortemFile {
  const zone = options.zone ?? UTC_ZONE;
  const document = draftPostMortem(detail, now, zone, options.taxonomy ?? null);
  const content =
    format === 'md'
      ? renderPostMortemMarkdown(document, zone)
      : format === 'html'
        ? renderPostMortemHtml(document, incidentShapeSvg(detail.incident, detail.checklists, now, undefined, zone), zone)
        : renderPostMortemJson(document, options.record);
  return { fileName: postMortemFileName(detail.incident, format), content, mediaType: MEDIA_TYPE[format], draft: document.draft, warnings: document.warnings };
}

/**
 * The pieces the post-mortem's HTML file is built of (render-html.ts and
 * the parts laid out beside it): times with a machine-readable datetime,
 * typed text escaped, cells that read right to left when the text does,
 * and tables with a caption and column headers.
 */
import { escapeHtml } from '../updates/status-page.js';
import { exportMinute, type ExportZone } from '../time/export-time.js';

export function time(zone: ExportZone, at: number): string {
  return `<time datetime="${new Date(at).toISOString()}">${exportMinute(at, zone)}</time>`;
}

/** Typed text in a cell or a list item: escaped, line breaks kept. */
export function typed(text: string): string {
  return escapeHtml(text.trim()).replace(/\r?\n/g, '<br>');
}

export function cell(content: string, className = ''): string {
  return `<td dir="auto"${className ? ` class="${className}"` : ''}>${content}</td>`;
}

export function table(caption: string, header: readonly string[], rows: readonly string[], rowClasses: readonly string[] = []): string {
  const head = header.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  const body = rows.map((row, index) => `<tr${rowClasses[index] ? ` class="${rowClasses[index]}"` : ''}>${row}</tr>`).join('\n');
  return `<table>\n<caption class="muted">${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export const empty = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;

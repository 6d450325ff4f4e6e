/**
 * The start of every self-contained HTML file we write (status page,
 * briefing, delivery sheet, post-mortem): one file with its style inline, so
 * it opens from a USB stick or a mail attachment with nothing else beside it.
 */
export interface HtmlPageHead {
  /** HTML, already escaped. */
  readonly title: string;
  readonly style: string;
  /** A Content-Security-Policy for the page itself, when it is opened in a browser that honours one. */
  readonly csp?: string;
  /** False for a page only ever printed, which has no screen to fit. */
  readonly viewport?: boolean;
}

/** From `<!doctype html>` to the line after `<body>`; the page goes on from there. */
export function htmlPageHead(head: HtmlPageHead): string {
  const lines = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    head.csp === undefined ? null : `<meta http-equiv="Content-Security-Policy" content="${head.csp}">`,
    head.viewport === false ? null : '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Holdfast">',
    `<title>${head.title}</title>`,
    '<style>',
    head.style,
    '</style>',
    '</head>',
    '<body>',
  ];
  return `${lines.filter((line) => line !== null).join('\n')}\n`;
}

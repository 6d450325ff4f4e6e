/**
 * The post-mortem HTML file's own style sheet, inline in the file: it must
 * look right opened from a USB stick with no network, on screen and on
 * paper (the desktop app prints it to PDF).
 */
export const POST_MORTEM_STYLE = `  :root { color-scheme: light; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --draft: #9a6700; --draft-bg: #fff8c5; }
  * { box-sizing: border-box; }
  body { margin: 0; color: var(--text); background: #fff;
    font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Noto Sans Arabic", Arial, sans-serif; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
  h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 1rem; overflow-wrap: anywhere; }
  h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
  h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
  p, li, td, th, blockquote { overflow-wrap: anywhere; }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
  .facts dt { font-weight: 600; }
  .facts dd { margin: 0; }
  .draft-banner { border: 2px solid var(--draft); background: var(--draft-bg); padding: .6rem 1rem; border-radius: 6px; margin: 0 0 1rem; }
  .draft-banner strong { color: var(--draft); letter-spacing: .08em; }
  .warnings { border-left: 4px solid var(--draft); background: var(--soft); padding: .5rem 1rem; margin: 0 0 1rem; }
  .warnings ul { margin: .25rem 0; padding-left: 1.2rem; }
  nav ol { columns: 2; margin: 0; padding-left: 1.4rem; }
  .muted, .byline, .empty { color: var(--muted); }
  .empty, .drafted { font-style: italic; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
  th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: start; vertical-align: top; }
  th { background: var(--soft); }
  td.time { white-space: nowrap; }
  tr.key-moment td { background: #fff8c5; }
  .services-not-up { border-left: 4px solid var(--draft); background: var(--soft); padding: .25rem 1rem; margin: 0 0 1rem; }
  figure { margin: 1rem 0; }
  figure svg { width: 100%; height: auto; }
  figcaption { color: var(--muted); font-size: .9rem; }
  blockquote { margin: .5rem 0 1rem; padding: .25rem 1rem; border-left: 4px solid var(--line); background: var(--soft); }
  footer { margin-top: 2.5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
  .watermark { display: none; }
  @media print {
    @page { margin: 16mm 14mm; }
    body { font-size: 10.5pt; }
    main { max-width: none; padding: 0; }
    nav { display: none; }
    h2, h3 { break-after: avoid; }
    tr, figure, blockquote { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    .watermark { display: block; position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 96pt; font-weight: 700;
      color: rgba(154, 103, 0, .12); transform: rotate(-30deg); pointer-events: none; }
  }`;

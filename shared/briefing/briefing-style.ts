/**
 * The briefing's own style sheet, inline in the file: readable on a laptop
 * screen, and on paper on one or two A4 sheets (management prints it, or
 * reads it on a phone from an e-mail attachment). Light only: it is a
 * document, and it must print the same as it shows.
 */
export const BRIEFING_STYLE = `  :root { color-scheme: light; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --late: #a40e26; --late-bg: #ffebe9; --drill: #9a6700; --drill-bg: #fff8c5; }
  * { box-sizing: border-box; }
  body { margin: 0; color: var(--text); background: #fff;
    font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Noto Sans Arabic", Arial, sans-serif; }
  /* Sizes in em, so the print rule's smaller body text shrinks everything with it. */
  main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.5rem 2rem; }
  p, li, dd { overflow-wrap: anywhere; }
  /* In a cell, a word breaks only when it cannot fit at all: "anywhere" would squeeze columns to a letter's width. */
  td, th { overflow-wrap: break-word; }
  .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .78em; }
  h1 { font-size: 1.6em; line-height: 1.2; margin: .2rem 0 .6rem; overflow-wrap: anywhere; }
  h2 { font-size: 1.05em; margin: 1.1rem 0 .4rem; padding-bottom: .15rem; border-bottom: 1px solid var(--line); break-after: avoid; }
  h3 { font-size: .95em; margin: .7rem 0 .25rem; break-after: avoid; }
  p { margin: .3rem 0; }
  ul { margin: .2rem 0; padding-left: 1.2rem; }
  .facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: .4rem; margin: 0; }
  .facts div { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .6rem; background: var(--soft); }
  .facts dt { color: var(--muted); font-size: .78em; text-transform: uppercase; letter-spacing: .05em; }
  .facts dd { margin: 0; font-weight: 600; }
  .facts .meaning { display: block; font-weight: 400; font-size: .82em; color: var(--muted); }
  .banner { margin: .5rem 0; padding: .4rem .7rem; border-left: 4px solid var(--drill); background: var(--drill-bg); }
  .late { color: var(--late); background: var(--late-bg); border-radius: 4px; padding: 0 .3rem; font-weight: 600; }
  .muted, .empty { color: var(--muted); }
  .empty { font-style: italic; }
  .two-columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.5rem; }
  blockquote { margin: .3rem 0; padding: .2rem .8rem; border-left: 3px solid var(--line); background: var(--soft); }
  table { border-collapse: collapse; width: 100%; margin: .2rem 0; font-size: .92em; }
  caption { text-align: left; font-size: .85em; color: var(--muted); }
  th, td { text-align: left; vertical-align: top; padding: .2rem .5rem .2rem 0; border-bottom: 1px solid var(--line); }
  th { font-weight: 600; color: var(--muted); font-size: .85em; }
  .nowrap { white-space: nowrap; }
  .checklist { margin: .4rem 0 .6rem; }
  .checklist p { margin: .1rem 0; }
  footer { margin-top: 1.2rem; padding-top: .4rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8em; }
  @media (max-width: 40rem) { .facts, .two-columns { grid-template-columns: minmax(0, 1fr); } }
  @page { size: A4; margin: 10mm 11mm 12mm; }
  @media print {
    body { font-size: 9pt; line-height: 1.35; }
    main { max-width: none; padding: 0; }
    h1 { font-size: 16pt; }
    h2 { font-size: 10.5pt; margin-top: 7pt; }
    h3 { margin-top: 4pt; }
    .facts { grid-template-columns: repeat(3, minmax(0, 1fr)); }
    .two-columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
    .facts div, .late, .banner, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    tr, .checklist, .facts, blockquote { break-inside: avoid; }
  }`;

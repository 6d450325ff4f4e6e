import { splitOnMatches } from './timelineSearch.js';

/** The text with each occurrence of the searched words marked (<mark>, read out as highlighted). */
export function HighlightedText({ text, query }: { readonly text: string; readonly query: string }) {
  if (query.trim() === '') return <>{text}</>;
  return (
    <>
      {splitOnMatches(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}

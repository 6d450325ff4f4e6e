/**
 * How far the call-out got: "4 of 6 reached" as a line and a bar; a chain
 * counts once reached, whoever in it answered. The bar's name says it all
 * to a screen reader, so it is never read by its fill alone.
 */
export function CalloutProgress({ reached, total }: { readonly reached: number; readonly total: number }) {
  const said = `${reached} of ${total} reached`;
  return (
    <div className="callout-progress">
      <p className="callout-progress-line" aria-hidden="true">
        {said}
      </p>
      <svg className="callout-progress-bar" role="img" aria-label={`Call-out: ${said}`} viewBox="0 0 100 10" preserveAspectRatio="none">
        <rect className="callout-progress-fill" x={0} y={0} width={total === 0 ? 0 : (100 * reached) / total} height={10} />
      </svg>
    </div>
  );
}

/** "3 new since you were last here", with the way to them: they may be far up, among entries written down late. */
export function NewSinceNotice({ count, onJump }: { readonly count: number; readonly onJump: () => void }) {
  return (
    <p className="timeline-new-since">
      <span>
        {count} new since you were last here
      </span>{' '}
      <button type="button" className="quiet" onClick={onJump}>
        Jump to the first new entry
      </button>
    </p>
  );
}

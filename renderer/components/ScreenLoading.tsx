/** Shown while a screen's code arrives (see screens/lazyScreens.ts): announced, not a blank pane. */
export function ScreenLoading() {
  return (
    <p role="status" className="starting screen-loading">
      Loading…
    </p>
  );
}

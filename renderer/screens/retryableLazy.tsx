/**
 * A screen whose code arrives in its own chunk, like React's lazy, except
 * that a failed fetch is not final: React's lazy keeps a rejection for good,
 * and in a browser the chunk comes from the peer that served the page, which
 * can be down for a while and then come back. After a failure the next render
 * (a Retry, the connection returning) fetches again.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** A screen's code did not arrive; `cause` is the browser's own error. */
export class ScreenCodeUnavailable extends Error {
  constructor(readonly screen: string, cause: unknown) {
    super(`The code of the ${screen} screen could not be fetched.`, { cause });
    this.name = 'ScreenCodeUnavailable';
  }
}

export interface RetryableScreen<Props extends object> {
  (props: Props): ReactNode;
  /** Starts fetching the code (once: later calls share it); settles when it is in hand or has failed. */
  readonly fetchCode: () => Promise<unknown>;
}

export function retryableLazy<Props extends object>(screen: string, load: () => Promise<ComponentType<Props>>): RetryableScreen<Props> {
  let fetching: Promise<{ default: ComponentType<Props> }> | null = null;
  const fetchCode = (): Promise<{ default: ComponentType<Props> }> => {
    fetching ??= load().then(
      (component) => ({ default: component }),
      (cause: unknown) => {
        fetching = null;
        current = lazy(fetchCode);
        throw new ScreenCodeUnavailable(screen, cause);
      },
    );
    return fetching;
  };
  let current: LazyExoticComponent<ComponentType<Props>> = lazy(fetchCode);

  function Screen(props: Props) {
    const Current = current as ComponentType<Props>;
    return <Current {...props} />;
  }
  return Object.assign(Screen, { fetchCode });
}

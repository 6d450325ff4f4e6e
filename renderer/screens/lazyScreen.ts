/**
 * A screen whose code arrives in its own chunk (React's lazy), whose fetch
 * can also be started ahead of its first render, and whose failure to arrive
 * is told apart from any other error, so ScreenCodeBoundary can say so.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A screen's code did not arrive; `cause` is the browser's own error. */
export class ScreenCodeUnavailable extends Error {
  constructor(
    readonly screen: string,
    cause: unknown,
  ) {
    super(`The code of the ${screen} screen could not be fetched.`, { cause });
    this.name = 'ScreenCodeUnavailable';
  }
}

export type LazyScreen<Props extends object> = LazyExoticComponent<ComponentType<Props>> & {
  /** Starts fetching the code (once: the render shares it); settles when it is in hand or has failed. */
  readonly fetchCode: () => Promise<unknown>;
};

export function lazyScreen<Props extends object>(screen: string, load: () => Promise<ComponentType<Props>>): LazyScreen<Props> {
  let fetching: Promise<{ default: ComponentType<Props> }> | null = null;
  const fetchCode = () =>
    (fetching ??= load().then(
      (component) => ({ default: component }),
      (cause: unknown) => {
        throw new ScreenCodeUnavailable(screen, cause);
      },
    ));
  return Object.assign(lazy(fetchCode), { fetchCode });
}

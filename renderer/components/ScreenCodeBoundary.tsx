/**
 * Around a lazily loaded screen: when its code could not be fetched (in a
 * browser, the peer that served the page is down), the screen says so in
 * words and opens once the peer serves the page again, by itself when the
 * connection to the peer returns or when Retry is pressed. Never a blank pane
 * or an uncaught error; any other error is passed on as before.
 *
 * Opening it means loading the page again: Chromium keeps a module that
 * failed to arrive as failed for the life of the document (a second import
 * of it fails without asking the network), and so is every chunk that
 * imports it. A reload is safe for the war room's work: the outbox and the
 * drafts are kept across one, and the address keeps the screen.
 */
import { Component, type ReactNode } from 'react';
import type { ConnectionState } from '../api/link.js';
import { ScreenCodeUnavailable } from '../screens/lazyScreen.js';
import { useHoldfast } from '../store/context.js';

export function ScreenCodeBoundary({ children }: { readonly children: ReactNode }) {
  const connection = useHoldfast((state) => state.connection);
  return <CodeFailureBoundary connection={connection}>{children}</CodeFailureBoundary>;
}

interface Props {
  readonly connection: ConnectionState;
  readonly children: ReactNode;
}

interface State {
  readonly failure: unknown;
  /** Retry found the peer still not answering. */
  readonly stillDown: boolean;
}

class CodeFailureBoundary extends Component<Props, State> {
  override state: State = { failure: null, stillDown: false };

  static getDerivedStateFromError(failure: unknown): Partial<State> {
    return { failure, stillDown: false };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failure instanceof ScreenCodeUnavailable && this.props.connection === 'connected' && previous.connection !== 'connected') void this.retry();
  }

  /** Loads the page again only once the peer serves it: a reload while it is down would leave the browser's error page. */
  private readonly retry = async () => {
    if (await pageIsServed()) window.location.reload();
    else this.setState({ stillDown: true });
  };

  override render(): ReactNode {
    const { failure, stillDown } = this.state;
    if (failure === null) return this.props.children;
    if (!(failure instanceof ScreenCodeUnavailable)) throw failure;
    return (
      <div role="alert" className="alert alert-app">
        <p>
          This screen&apos;s code could not be fetched: the Holdfast peer that served this page is not answering. It opens as soon as the peer is back.
          {stillDown && ' It still does not answer.'}
        </p>
        <button type="button" onClick={() => void this.retry()}>
          Retry
        </button>
      </div>
    );
  }
}

async function pageIsServed(): Promise<boolean> {
  try {
    return (await fetch(window.location.href, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * Around a lazily loaded screen: when its code could not be fetched (in a
 * browser, the peer that served the page is down), the screen says so in
 * words and opens by itself once the peer answers again, or when Retry is
 * pressed; never a blank pane or an uncaught error. Any other error is
 * passed on as before.
 */
import { Component, type ReactNode } from 'react';
import type { ConnectionState } from '../api/link.js';
import { ScreenCodeUnavailable } from '../screens/retryableLazy.js';
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
}

class CodeFailureBoundary extends Component<Props, State> {
  override state: State = { failure: null };

  static getDerivedStateFromError(failure: unknown): State {
    return { failure };
  }

  override componentDidUpdate(previous: Props): void {
    // The socket to the same peer is back: its files are likely served again too.
    if (this.state.failure !== null && this.props.connection === 'connected' && previous.connection !== 'connected') this.retry();
  }

  private readonly retry = () => this.setState({ failure: null });

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    if (!(failure instanceof ScreenCodeUnavailable)) throw failure;
    return (
      <section className="screen-unavailable" aria-label="Screen not loaded">
        <div role="alert" className="alert alert-app">
          <p>This screen&apos;s code could not be fetched: the Holdfast peer that served this page is not answering. It opens as soon as the peer is back.</p>
          <button type="button" onClick={this.retry}>
            Retry
          </button>
        </div>
      </section>
    );
  }
}

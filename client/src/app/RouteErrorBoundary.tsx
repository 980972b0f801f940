import { Component, type ReactNode } from 'react';
import { RouteErrorView } from './RouteErrorView.tsx';

interface State {
  error: Error | null;
}

/** Catches a page that fails to load or render (e.g. its chunk cannot be fetched offline). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) return <RouteErrorView error={this.state.error} />;
    return this.props.children;
  }
}

import { Component, type ReactNode } from 'react';

interface State {
  hasFailed: boolean;
}

/**
 * If the chart's script cannot be fetched (offline, or a new deploy replaced it), say so in its
 * place instead of taking the page down; the table under it still has every number.
 */
export class ChartLoadBoundary extends Component<{ height: number; children: ReactNode }, State> {
  override state: State = { hasFailed: false };

  static getDerivedStateFromError(): State {
    return { hasFailed: true };
  }

  override render() {
    if (!this.state.hasFailed) return this.props.children;
    return (
      <p className="chart-placeholder" style={{ height: this.props.height }}>
        The chart could not be loaded; reload the page to try again. The table below has the same
        numbers.
      </p>
    );
  }
}

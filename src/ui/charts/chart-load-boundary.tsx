import { Component, Suspense, type ReactNode } from 'react';
import { WhenNear } from '../primitives/when-near';

interface State {
  hasFailed: boolean;
}

/**
 * A chart's place: the chart is drawn (and its script fetched) once the place nears the viewport.
 * If the chart's script cannot be fetched (offline, or a new deploy replaced it), say so in its
 * place instead of taking the page down; the table under it still has every number.
 */
class LoadBoundary extends Component<{ height: number; children: ReactNode }, State> {
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

/**
 * A lazy chart in its place: the same placeholder until it nears the viewport and while its
 * script (`load`, the import its lazy component makes) comes.
 */
export function ChartLoadBoundary({
  height,
  load,
  children,
}: {
  height: number;
  load: () => Promise<unknown>;
  children: ReactNode;
}) {
  const loading = (
    <p className="chart-placeholder" style={{ height }}>
      Loading chart…
    </p>
  );
  return (
    <WhenNear fallback={loading} load={load}>
      <LoadBoundary height={height}>
        <Suspense fallback={loading}>{children}</Suspense>
      </LoadBoundary>
    </WhenNear>
  );
}

import { Component, Fragment, type ReactNode } from 'react';
import './region-boundary.css';

interface RegionBoundaryProps {
  /** The region's name, said before the failure so a reader knows which part of the page stopped. */
  name: string;
  children: ReactNode;
}

interface RegionBoundaryState {
  error: unknown;
  hasFailed: boolean;
  /** Bumped by "Reset this section": a new key remounts the region with fresh component state. */
  resets: number;
}

/** Long enough for any real message; a runaway one (a whole pasted file) would push the page apart. */
const MAX_MESSAGE_LENGTH = 300;

function failureMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const text = raw.trim() === '' ? 'an unexpected error' : raw.trim();
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/**
 * Keeps a bug in one region (a chart, a table) from blanking the page: the region is replaced by
 * its failure and a reset button, while the other regions, the store and the share link (kept in
 * sync outside React) go on working.
 */
export class RegionBoundary extends Component<RegionBoundaryProps, RegionBoundaryState> {
  override state: RegionBoundaryState = { error: null, hasFailed: false, resets: 0 };

  static getDerivedStateFromError(error: unknown): Partial<RegionBoundaryState> {
    return { error, hasFailed: true };
  }

  private readonly reset = () => {
    this.setState((state) => ({ error: null, hasFailed: false, resets: state.resets + 1 }));
  };

  override render() {
    const { name, children } = this.props;
    if (!this.state.hasFailed) return <Fragment key={this.state.resets}>{children}</Fragment>;
    return (
      <div className="card region-failed" role="alert" aria-label={`${name} (failed)`}>
        <p>
          <strong>{name}.</strong> This section failed: {failureMessage(this.state.error)}
        </p>
        <p className="muted">The rest of the page and the share link still work.</p>
        <button type="button" onClick={this.reset}>
          Reset this section
        </button>
      </div>
    );
  }
}

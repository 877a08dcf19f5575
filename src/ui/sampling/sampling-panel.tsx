import { useDeferredValue, useId } from 'react';
import { DistributionSource } from './distribution-source';
import { EdgeCaseNotes } from './edge-case-notes';
import { SampleDraw } from './sample-draw';
import { SamplingCharts } from './sampling-charts';
import { SamplingControls } from './sampling-controls';
import { SamplingSummary } from './sampling-summary';
import { useSamplingView } from './use-sampling-view';
import './sampling.css';

/** The sampling explorer's section; reads its store from the nearest SamplingStoreProvider. */
export function SamplingPanel() {
  const headingId = useId();
  const view = useSamplingView();
  // The charts redraw a few hundred shapes; deferring them keeps the sliders and numbers immediate while dragging.
  const charted = useDeferredValue(view.sampled);
  const issueFor = (field: string) => view.issues.find((issue) => issue.field === field)?.message;
  return (
    <section className="card sampling" aria-labelledby={headingId}>
      <h2 id={headingId}>Sampling explorer</h2>
      <p className="sampling__intro">
        How a model picks its next token: divide the logits by the temperature T and take the
        softmax, keep the K most probable tokens (top-k), keep the fewest of those whose
        probabilities add up to P (top-p), renormalise, then draw one.
      </p>
      <div className="sampling__body">
        <div className="sampling__inputs">
          <DistributionSource view={view} />
          <SamplingControls
            vocabularySize={view.sampled.distribution.tokens.length}
            issues={view.issues}
          />
          <EdgeCaseNotes view={view.sampled} />
          <SamplingSummary view={view.sampled} />
        </div>
        <div className="sampling__results">
          {view.isStale && (
            <p className="warn-text">
              The charts show the last valid list and settings until the marked problems are fixed.
            </p>
          )}
          <SamplingCharts view={charted} />
        </div>
      </div>
      <SampleDraw
        view={charted}
        drawCountIssue={issueFor('drawCount')}
        seedIssue={issueFor('seed')}
      />
    </section>
  );
}

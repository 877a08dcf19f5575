import { memo, Suspense, useId } from 'react';
import { formatInteger } from '../../lib/format';
import { stepRows, TOP_ROWS } from './sampling-rows';
import { StepTable } from './step-table';
import type { SampledView } from './use-sampling-view';
import { WhenNear } from '../primitives/when-near';
import { lazyWithLoad } from '../primitives/lazy-with-load';

// Recharts is loaded on first use, so it stays out of the page's initial bundle.
const { load: loadStepChart, Component: StepChart } = lazyWithLoad(
  () => import('./step-chart'),
  (module) => module.StepChart,
);
const { load: loadCumulativeChart, Component: CumulativeChart } = lazyWithLoad(
  () => import('./cumulative-chart'),
  (module) => module.CumulativeChart,
);

const loading = <p className="muted sampling-chart__loading">Loading chart…</p>;

/** The distribution at each step and top-p's running total, each chart with its numbers in a table. */
export const SamplingCharts = memo(function SamplingCharts({ view }: { view: SampledView }) {
  const id = useId();
  const { rows, rest } = stepRows(view.distribution, view.result, TOP_ROWS);
  const topKRows = rows.filter((row) => row.keptByTopK);
  const shownNote =
    rest.count > 0
      ? `The ${formatInteger(rows.length)} most probable of ${formatInteger(rows.length + rest.count)} tokens; the other ${formatInteger(rest.count)} are summed in the table's last row.`
      : `All ${formatInteger(rows.length)} tokens.`;

  return (
    <div className="sampling-charts">
      <figure className="sampling-figure" aria-labelledby={`${id}-steps`}>
        <figcaption id={`${id}-steps`}>
          Probability of each token after each step.{' '}
          <span className="muted">{shownNote} The shaded band marks the tokens kept.</span>
        </figcaption>
        <div className="sampling-chart" aria-hidden="true">
          <WhenNear fallback={loading} load={loadStepChart}>
            <Suspense fallback={loading}>
              <StepChart rows={rows} temperature={view.options.temperature} />
            </Suspense>
          </WhenNear>
        </div>
      </figure>
      <figure className="sampling-figure" aria-labelledby={`${id}-cumulative`}>
        <figcaption id={`${id}-cumulative`}>
          Top-p: cumulative probability over the top-k set, with P marked; the kept tokens are
          filled.{' '}
          {topKRows.length < Math.min(view.options.topK, view.distribution.tokens.length) && (
            <span className="muted">
              Only the first {formatInteger(topKRows.length)} of the top-k set are drawn.
            </span>
          )}
        </figcaption>
        <div className="sampling-chart sampling-chart--cumulative" aria-hidden="true">
          <WhenNear fallback={loading} load={loadCumulativeChart}>
            <Suspense fallback={loading}>
              <CumulativeChart rows={topKRows} topP={view.options.topP} />
            </Suspense>
          </WhenNear>
        </div>
      </figure>
      <details className="sampling-details">
        <summary>The charts’ numbers as a table</summary>
        <StepTable rows={rows} rest={rest} />
      </details>
    </div>
  );
});

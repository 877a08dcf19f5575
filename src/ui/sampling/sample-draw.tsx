import { memo, Suspense, useMemo } from 'react';
import { WhenNear } from '../primitives/when-near';
import { formatInteger } from '../../lib/format';
import { DRAW_COUNTS } from '../../state/sampling-store';
import { NumberField } from '../primitives/number-field';
import { SelectField, type Choice } from '../primitives/select-field';
import { DrawTable } from './draw-table';
import { drawFromFinal, drawRows } from './draw-rows';
import { useSampling } from '../../state/react/sampling-context';
import type { SampledView } from './use-sampling-view';
import { SAMPLING_LIMITS } from '../../domain/sampling';
import { lazyWithLoad } from '../primitives/lazy-with-load';

const { load: loadDrawChart, Component: DrawChart } = lazyWithLoad(
  () => import('./draw-chart'),
  (module) => module.DrawChart,
);

const countChoices = (current: number): Choice<number>[] => {
  const counts: number[] = [...DRAW_COUNTS];
  // A share link may carry a count the menu does not list; keep it selectable rather than silently changing it.
  if (Number.isInteger(current) && current > 0 && !counts.includes(current)) counts.push(current);
  return counts
    .sort((a, b) => a - b)
    .map((count) => ({ value: count, label: `${formatInteger(count)} tokens` }));
};

interface SampleDrawProps {
  view: SampledView;
  drawCountIssue?: string | undefined;
  seedIssue?: string | undefined;
}

/** Draws tokens from the final distribution with a seeded generator and sets their frequencies beside it. */
export const SampleDraw = memo(function SampleDraw({
  view,
  drawCountIssue,
  seedIssue,
}: SampleDrawProps) {
  const drawCount = useSampling((s) => s.drawCount);
  const seed = useSampling((s) => s.seed);
  const hasDrawn = useSampling((s) => s.hasDrawn);
  const setDrawCount = useSampling((s) => s.setDrawCount);
  const setSeed = useSampling((s) => s.setSeed);
  const draw = useSampling((s) => s.draw);
  const canDraw = drawCountIssue === undefined && seedIssue === undefined;
  const choices = useMemo(() => countChoices(drawCount), [drawCount]);

  const { final } = view.result;
  const counts = useMemo(
    () => (hasDrawn && canDraw ? drawFromFinal(final, drawCount, seed) : null),
    [hasDrawn, canDraw, final, drawCount, seed],
  );
  const table = counts && drawRows(view.distribution, view.result, counts);

  return (
    <div className="sampling-draw">
      <h3>Sample from the final distribution</h3>
      <div className="sampling-draw__controls">
        <SelectField
          label="Tokens to draw"
          value={drawCount}
          options={choices}
          onChange={setDrawCount}
          issue={drawCountIssue}
        />
        <NumberField
          label="Seed"
          value={seed}
          step={1}
          onCommit={setSeed}
          issue={seedIssue}
          hint={`A whole number from 0 to ${formatInteger(SAMPLING_LIMITS.seed.max)}; the same seed draws the same tokens.`}
        />
        <button type="button" className="primary" onClick={draw} disabled={!canDraw}>
          Sample {formatInteger(drawCount)} tokens
        </button>
      </div>
      <p aria-live="polite">
        {counts &&
          `Drew ${formatInteger(drawCount)} tokens with seed ${formatInteger(seed)}; sampling again moves to the next seed.`}
      </p>
      {table && (
        <>
          <div className="sampling-chart sampling-chart--small" aria-hidden="true">
            <WhenNear fallback={<p className="muted">Loading chart…</p>} load={loadDrawChart}>
              <Suspense fallback={<p className="muted">Loading chart…</p>}>
                <DrawChart rows={table.rows} />
              </Suspense>
            </WhenNear>
          </div>
          <DrawTable rows={table.rows} rest={table.rest} drawCount={drawCount} />
        </>
      )}
    </div>
  );
});

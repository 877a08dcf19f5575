import { memo, useId } from 'react';
import { CurveFigure } from './curve-figure';
import { curveWords } from './curve-text';
import { exportStem } from './export-names';
import { batchSentence, seqLenSentence } from './fit-sentences';
import { usePlanningData, type Planning } from './use-planning-data';
import { useSettledValue } from './use-settled-value';

/** How long the inputs must rest before the curves are redrawn. */
const CURVE_SETTLE_MS = 150;

/** Both curves; memoised so the renders between two settled plannings skip them. */
const Curves = memo(function Curves({ planning }: { planning: Planning }) {
  const stem = exportStem(planning.estimate);
  return (
    <div className="planning__curves">
      {[planning.data.seqLen, planning.data.batch].map((data) => (
        <CurveFigure
          key={data.axis}
          data={data}
          words={curveWords(planning.estimate, data, stem)}
        />
      ))}
    </div>
  );
});

/** What fits on the layout in force: the solvers' answers in words, and the memory curves behind them. */
export function FitCard() {
  const planning = usePlanningData();
  // The sentences follow every slider step at once. Redrawing a chart costs tens of milliseconds of
  // recharts work, so the curves follow once the slider has rested for a moment.
  const drawn = useSettledValue(planning, CURVE_SETTLE_MS);
  const headingId = useId();
  return (
    <section className="card planning__fit" aria-labelledby={headingId}>
      <h2 id={headingId}>What fits</h2>
      {planning ? (
        <ul className="planning__answers" data-testid="fit-answers">
          <li>{batchSentence(planning.estimate, planning.data, planning.unit)}</li>
          <li>{seqLenSentence(planning.estimate, planning.data, planning.unit)}</li>
        </ul>
      ) : (
        <p className="muted">
          Fix the highlighted inputs to see the largest batch and sequence that fit.
        </p>
      )}
      {planning && drawn && <Curves planning={drawn} />}
    </section>
  );
}

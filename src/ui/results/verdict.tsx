import { useId, useMemo } from 'react';
import { fullRecomputePlan } from '../../domain/training/training-estimate';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { useCalculator } from '../../state/react/calculator-context';
import { EstimateWarnings } from './estimate-warnings';
import { RuleOfThumb } from './rule-of-thumb';
import { verdictFigures } from './verdict-figures';
import { scenarioSummary, verdictText } from './verdict-text';
import './results.css';

/**
 * The answer: whether it fits and on how many GPUs, with the figures behind it and the seed's
 * rule of thumb beside it. The live region stays mounted through invalid input so screen readers
 * hear each new answer.
 */
export function Verdict() {
  const result = useMemoryEstimate();
  const unit = useCalculator((state) => state.unit);
  const headingId = useId();
  const e = result.ok ? result.estimate : null;
  // Searched once per estimate, and only for training: the plan that full recomputation would allow.
  const recompute = useMemo(() => {
    const plan = e?.training ? fullRecomputePlan(e.scenario) : null;
    return plan ? { plan } : null;
  }, [e]);
  const verdict = e ? verdictText(e, unit, recompute) : null;

  return (
    <section className="card verdict" aria-labelledby={headingId}>
      <h2 id={headingId}>Verdict</h2>
      {e && (
        <p className="muted verdict__summary" data-testid="summary">
          {scenarioSummary(e)}
        </p>
      )}
      <div className="verdict__grid">
        <div>
          <div role="status" aria-live="polite" aria-atomic="true" className="verdict__answer">
            {verdict ? (
              <>
                <p
                  className={`verdict__headline ${verdict.fits ? (verdict.tight ? 'warn-text' : 'ok-text') : 'error-text'}`}
                >
                  {verdict.headline}
                </p>
                {/* Keyed by place: a note whose numbers change keeps its paragraph. */}
                {verdict.notes.map((note, index) => (
                  <p key={index} className="verdict__note">
                    {note}
                  </p>
                ))}
              </>
            ) : (
              <p className="muted">No estimate until the problems listed above are fixed.</p>
            )}
          </div>
          {e && (
            <dl className="verdict__figures">
              {verdictFigures(e, unit).map((figure) => (
                <div key={figure.label}>
                  <dt>{figure.label}</dt>
                  <dd>{figure.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {e && <EstimateWarnings warnings={e.warnings} />}
        </div>
        {e && <RuleOfThumb estimate={e} unit={unit} />}
      </div>
    </section>
  );
}

import { useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useShownScenario } from '../../state/react/shown-scenario';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { SCENARIO_RANGES } from '../../domain/scenario';
import { ScenarioNumber } from '../inputs/scenario-number';
import { PERCENT, percentRange } from '../inputs/shown-units';
import { speedText } from './speed-figures';
import { TokenBudgetField } from './token-budget-field';
import { DecodeCurve } from '../serving/decode-curve';

/** How fast it runs and how long training takes, from the utilisation and the token budget, with the assumptions. */
export function SpeedCard() {
  const result = useMemoryEstimate();
  const unit = useCalculator((state) => state.unit);
  const isInference = useShownScenario().mode === 'inference';
  const headingId = useId();
  const text = result.ok ? speedText(result.estimate, unit) : null;
  return (
    <section className="card planning__speed" aria-labelledby={headingId}>
      <h2 id={headingId}>Speed and time</h2>
      <div className="planning__inputs">
        <ScenarioNumber
          field="utilization"
          label="Share of peak FLOP/s reached"
          unit="%"
          scale={PERCENT}
          hint={`Utilisation (MFU), ${percentRange(SCENARIO_RANGES.utilization)}; 40 % is typical of large training runs.`}
        />
        {!isInference && <TokenBudgetField />}
      </div>
      {text ? (
        <>
          <dl className="planning__figures" data-testid="speed-figures">
            {text.figures.map((figure) => (
              <div key={figure.label}>
                <dt>{figure.label}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
          </dl>
          {isInference && result.ok && result.estimate.serving && (
            <DecodeCurve curve={result.estimate.serving.speed.curve} />
          )}
          {text.assumptions.length > 0 && (
            <>
              <h3>Assumptions</h3>
              <ul className="planning__assumptions">
                {text.assumptions.map((assumption) => (
                  <li key={assumption}>{assumption}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className="muted">Fix the highlighted inputs to see speed and training time.</p>
      )}
    </section>
  );
}

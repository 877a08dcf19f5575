import { useId } from 'react';
import type { Estimate } from '../../domain/estimate';
import { ENGINE_NAMES, ENGINES, type Engine } from '../../domain/serving/engines';
import { BANDWIDTH_EFFICIENCY } from '../../domain/serving/serving-settings';
import { SCENARIO_RANGES } from '../../domain/scenario';
import { useCalculator } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { ScenarioNumber } from '../inputs/scenario-number';
import { ScenarioSelect } from '../inputs/scenario-select';
import { PERCENT } from '../inputs/shown-units';
import type { Choice } from '../primitives/select-field';
import { EngineSettings } from './engine-settings';
import { LaunchCommandBox } from './launch-command-box';
import { ServingNumber } from './serving-number';
import { useLaunchCommand } from './use-launch-command';
import { useLastValid } from '../sampling/use-last-valid';
import './serving.css';

const ENGINE_CHOICES: readonly Choice<Engine>[] = ENGINES.map((value) => ({
  value,
  label: ENGINE_NAMES[value],
}));

/**
 * The serving engine: which one, its settings with their sources, and the command that starts it
 * with the numbers on the page (docs/method.md §11). Shown in inference mode only.
 */
export function EnginePanel() {
  const headingId = useId();
  const isInference = useCalculator((state) => state.scenario.mode === 'inference');
  const engine = useCalculator((state) => state.scenario.engine);
  const result = useMemoryEstimate();
  const command = useLaunchCommand(result.ok ? result.estimate : null);
  // While a setting holds a bad value its box stays, with the defaults of the last valid estimate.
  const shown = useLastValid<Estimate | null>(result.ok ? result.estimate : null, () => null);
  if (!isInference) return null;
  return (
    <section className="card serving" aria-labelledby={headingId}>
      <h2 id={headingId}>Serving engine</h2>
      <ScenarioSelect
        field="engine"
        label="Engine"
        options={ENGINE_CHOICES}
        hint="Its own rules for how much memory it takes and how it pages the KV cache."
      />
      {shown && shown.scenario.engine === engine ? (
        <EngineSettings e={shown} />
      ) : (
        <p className="muted">Fix the highlighted inputs to see the engine’s settings.</p>
      )}
      <ServingNumber
        field="bandwidthEfficiency"
        label="Decode bandwidth efficiency"
        engineDefault={BANDWIDTH_EFFICIENCY[engine].value}
        source={BANDWIDTH_EFFICIENCY[engine].source}
        range={SCENARIO_RANGES.bandwidthEfficiency}
        unit="%"
        scale={PERCENT}
      />
      <ScenarioNumber
        field="targetTokensPerSecond"
        label="Target throughput"
        unit="tokens/s"
        hint="Generated tokens per second across all replicas; 0 for one replica."
      />
      <h3>Launch command</h3>
      {command ? (
        <LaunchCommandBox command={command} />
      ) : (
        <p className="muted">The command appears once the inputs are valid.</p>
      )}
    </section>
  );
}

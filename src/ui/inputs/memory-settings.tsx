import { useCalculator } from '../../state/react/calculator-context';
import { SCENARIO_RANGES } from '../../domain/scenario';
import { ENGINE_NAMES } from '../../domain/serving/engines';
import { usesServingEngine } from '../../domain/serving/serving-settings';
import { KV_DTYPE_CHOICES, WEIGHT_ACCOUNTING_CHOICES } from './scenario-choices';
import { ScenarioNumber } from './scenario-number';
import { BYTE_SCALES, PERCENT, percentRange } from './shown-units';
import { ScenarioSelect } from './scenario-select';

/** How weights and the KV cache are counted, and what each GPU keeps in reserve. */
export function MemorySettings({ isInference }: { isInference: boolean }) {
  const unit = useCalculator((state) => state.unit);
  // A serving engine keeps its own reserve (docs/method.md §11); these two are plain PyTorch's.
  const hasEngine = useCalculator((state) => usesServingEngine(state.scenario));
  const engine = useCalculator((state) => state.scenario.engine);
  return (
    <section className="settings-group" aria-label="Memory accounting">
      <h3>Memory accounting</h3>
      <ScenarioSelect
        field="weightAccounting"
        label="Weight accounting"
        options={WEIGHT_ACCOUNTING_CHOICES}
      />
      {isInference && (
        <ScenarioSelect
          field="kvDtype"
          label="KV-cache dtype"
          options={KV_DTYPE_CHOICES[engine]}
          hint={`Types ${ENGINE_NAMES[engine]} does not offer are greyed out.${engine === 'llamacpp' ? ' A quantized V cache needs flash attention (-fa on).' : ''}`}
        />
      )}
      {!hasEngine && (
        <>
          <ScenarioNumber
            field="overheadBytes"
            label="Runtime overhead per GPU"
            unit={unit}
            scale={BYTE_SCALES[unit]}
            hint="CUDA context and allocator reserve."
          />
          <ScenarioNumber
            field="safetyMargin"
            label="Safety margin"
            unit="%"
            scale={PERCENT}
            hint={`Share of each GPU kept free, ${percentRange(SCENARIO_RANGES.safetyMargin)}.`}
          />
        </>
      )}
      <ScenarioNumber
        field="utilization"
        label="Utilisation"
        unit="%"
        scale={PERCENT}
        hint={`Share of peak FLOP/s a real run reaches, for time estimates: ${percentRange(SCENARIO_RANGES.utilization)}.`}
      />
    </section>
  );
}

import { SCENARIO_RANGES } from '../../domain/scenario';
import { useCalculator } from '../../state/react/calculator-context';
import { ScenarioCheckbox } from './scenario-checkbox';
import { ScenarioNumber } from './scenario-number';
import { ScenarioSelect } from './scenario-select';
import { PERCENT, percentRange } from './shown-units';
import {
  ACTIVATION_CONVENTION_CHOICES,
  FRAMEWORK_SELECT_CHOICES,
  OFFLOAD_CHOICES,
  STATE_ACCOUNTING_CHOICES,
} from './training-plan-choices';

/**
 * How a training run is laid out by its framework (docs/method.md §12–§16): the framework, offload,
 * how states and activations are counted, the allocator's margin, and paged or FP8 training.
 */
export function TrainingPlanSettings() {
  const trainsAll = useCalculator(
    (state) => state.scenario.mode === 'training' || state.scenario.finetuneMethod === 'full',
  );
  return (
    <section className="settings-group" aria-label="Framework and offload">
      <h3>Framework and offload</h3>
      <ScenarioSelect
        field="framework"
        label="Framework"
        options={FRAMEWORK_SELECT_CHOICES}
        hint="Search finds each framework's smallest plan and leads with the best."
      />
      <ScenarioSelect
        field="offloadOptimizer"
        label="Optimizer offload"
        options={OFFLOAD_CHOICES}
      />
      <ScenarioSelect field="offloadParams" label="Parameter offload" options={OFFLOAD_CHOICES} />
      <ScenarioCheckbox
        field="pagedOptimizer"
        label="Paged optimizer (bitsandbytes; pages to CPU memory when the GPU fills)"
      />
      {trainsAll && (
        <ScenarioCheckbox
          field="fp8Training"
          label="FP8 training (Transformer Engine; needs FP8 tensor cores)"
        />
      )}
      <ScenarioCheckbox field="wholeNodes" label="Whole nodes for a plan beyond one node" />
      <ScenarioSelect
        field="stateAccounting"
        label="Model-state accounting"
        options={STATE_ACCOUNTING_CHOICES}
      />
      <ScenarioSelect
        field="activationConvention"
        label="Activation count"
        options={ACTIVATION_CONVENTION_CHOICES}
      />
      <ScenarioNumber
        field="allocatorMargin"
        label="Allocator margin"
        unit="%"
        scale={PERCENT}
        hint={`Left to PyTorch's caching allocator (fragmentation, cached blocks): ${percentRange(SCENARIO_RANGES.allocatorMargin)}.`}
      />
    </section>
  );
}

import { useCalculator } from '../../state/react/calculator-context';
import { LayoutSettings } from './layout-settings';
import { LoraSettings } from './lora-settings';
import { MemorySettings } from './memory-settings';
import { TrainingPlanSettings } from './training-plan-settings';
import { TrainingSettings } from './training-settings';
import './inputs.css';

/** Every other choice the engine takes, folded away; each group appears only where it applies. */
export function AdvancedSettings() {
  const mode = useCalculator((state) => state.scenario.mode);
  const usesAdapters = useCalculator(
    (state) => state.scenario.mode === 'finetune' && state.scenario.finetuneMethod !== 'full',
  );
  return (
    <details className="card advanced-settings">
      <summary>Advanced</summary>
      <TrainingSettings isTraining={mode !== 'inference'} />
      {usesAdapters && <LoraSettings />}
      <LayoutSettings />
      {mode !== 'inference' && <TrainingPlanSettings />}
      <MemorySettings isInference={mode === 'inference'} />
    </details>
  );
}

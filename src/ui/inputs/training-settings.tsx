import { ScenarioCheckbox } from './scenario-checkbox';
import {
  ATTENTION_CHOICES,
  GRADIENT_CHOICES,
  OPTIMIZER_CHOICES,
  RECOMPUTE_CHOICES,
} from './scenario-choices';
import { ScenarioSelect } from './scenario-select';

/** What training keeps besides the weights: optimizer states, gradients and activations. */
export function TrainingSettings({ isTraining }: { isTraining: boolean }) {
  return (
    <section className="settings-group" aria-label="Training and activations">
      <h3>{isTraining ? 'Training and activations' : 'Activations'}</h3>
      {isTraining && (
        <>
          <ScenarioSelect field="optimizer" label="Optimizer" options={OPTIMIZER_CHOICES} />
          <ScenarioSelect field="gradients" label="Gradients dtype" options={GRADIENT_CHOICES} />
          <ScenarioSelect
            field="recompute"
            label="Activation recompute"
            options={RECOMPUTE_CHOICES}
          />
        </>
      )}
      <ScenarioSelect field="attention" label="Attention" options={ATTENTION_CHOICES} />
      {isTraining && (
        <ScenarioCheckbox field="dropout" label="Dropout (keeps a mask per activation)" />
      )}
    </section>
  );
}

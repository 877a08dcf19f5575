import { useCalculator } from '../../state/react/calculator-context';
import { FINETUNE_METHOD_CHOICES, MODE_CHOICES } from './scenario-choices';
import { ScenarioSegmented } from './scenario-segmented';

const METHOD_HINTS = {
  full: 'Every weight is trained: weights, gradients and optimizer states for all of them.',
  lora: 'The base is frozen; only low-rank adapters have gradients and optimizer states.',
  qlora: 'LoRA on a base quantized to 4-bit NF4.',
} as const;

/** Training, fine-tuning or inference, and for fine-tuning the method. */
export function ModeSwitch() {
  const isFinetune = useCalculator((state) => state.scenario.mode === 'finetune');
  const method = useCalculator((state) => state.scenario.finetuneMethod);
  return (
    <div className="card">
      <ScenarioSegmented field="mode" legend="Mode" options={MODE_CHOICES} />
      {isFinetune && (
        <ScenarioSegmented
          field="finetuneMethod"
          legend="Fine-tuning method"
          options={FINETUNE_METHOD_CHOICES}
          hint={METHOD_HINTS[method]}
        />
      )}
    </div>
  );
}

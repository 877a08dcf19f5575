import { useCalculator } from '../../state/react/calculator-context';
import type { FinetuneMethod, Mode } from '../../domain/scenario';
import { DTYPE_CHOICES, TRAINABLE_DTYPE_CHOICES } from './scenario-choices';
import { ScenarioSegmented } from './scenario-segmented';

function precisionHint(mode: Mode, method: FinetuneMethod): string {
  if (mode === 'inference')
    return 'The weights as served. 8- and 4-bit formats keep embeddings, head and norms in 16-bit.';
  if (mode === 'finetune' && method === 'lora') {
    return "The frozen base weights' format; the adapters' is under Advanced. int8 and int4 are the usual quantized bases.";
  }
  if (mode === 'finetune' && method === 'qlora') {
    return 'QLoRA always keeps the frozen base in 4-bit NF4 (one fp32 scale per 64 weights), so this choice does not apply.';
  }
  return 'Training updates the weights themselves, so only fp32, bf16 and fp16 can be chosen. fp8, int8 and int4 are base-weight options for LoRA and QLoRA fine-tuning, and inference formats.';
}

/** The weights' number format, limited to what the chosen mode can use. */
export function PrecisionField() {
  const mode = useCalculator((state) => state.scenario.mode);
  const method = useCalculator((state) => state.scenario.finetuneMethod);
  const trainsWeights = mode === 'training' || (mode === 'finetune' && method === 'full');
  return (
    <ScenarioSegmented
      field="dtype"
      legend="Precision"
      options={trainsWeights ? TRAINABLE_DTYPE_CHOICES : DTYPE_CHOICES}
      hint={precisionHint(mode, method)}
      disabled={mode === 'finetune' && method === 'qlora'}
    />
  );
}

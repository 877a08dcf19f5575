import type { FormatId } from '../../domain/formats/catalogue';
import { TRAINING_DTYPES, type Scenario } from '../../domain/scenario';
import { suggestDtype } from '../../hub/suggest-dtype';
import type { HubModelImport } from '../../hub/to-model-spec';

type Stored = Pick<HubModelImport, 'torchDtype' | 'quantization'>;
type Choices = Pick<Scenario, 'mode' | 'finetuneMethod' | 'dtype'>;

/** Whether the Precision control accepts `dtype` in this mode (the same rule the form and the engine apply). */
function modeAccepts(dtype: FormatId, { mode, finetuneMethod }: Choices): boolean {
  if (mode === 'finetune' && finetuneMethod === 'qlora') return false;
  const trainsWeights = mode === 'training' || (mode === 'finetune' && finetuneMethod === 'full');
  return !trainsWeights || TRAINING_DTYPES.includes(dtype);
}

/** The precision an import switches to: the checkpoint's own format, when the mode accepts it and it differs. */
export function dtypeToApply(imported: Stored, choices: Choices): FormatId | null {
  const suggested = suggestDtype(imported);
  if (!suggested || suggested === choices.dtype || !modeAccepts(suggested, choices)) return null;
  return suggested;
}

/** Where the checkpoint's format was read: "GPTQ 4-bit quantization" or "torch_dtype bfloat16". */
function storedAs({ torchDtype, quantization }: Stored): string {
  if (quantization) {
    const bits = quantization.bits === null ? '' : ` ${quantization.bits}-bit`;
    return `${quantization.method.toUpperCase()}${bits} quantization`;
  }
  return `torch_dtype ${torchDtype ?? 'not given'}`;
}

/**
 * One sentence on the precision next to the import, computed from the current choices so it stays
 * true when the user changes mode or precision afterwards.
 */
export function precisionNote(imported: Stored, choices: Choices): string {
  const suggested = suggestDtype(imported);
  const { dtype } = choices;
  if (!suggested) {
    return `The config does not say how the weights are stored (no torch_dtype), so the precision stays ${dtype}.`;
  }
  const source = storedAs(imported);
  if (choices.mode === 'finetune' && choices.finetuneMethod === 'qlora') {
    return `The checkpoint is stored in ${suggested} (${source}); QLoRA keeps the frozen base in 4-bit NF4 whatever the precision.`;
  }
  if (suggested === dtype)
    return `Precision ${dtype}: the format the checkpoint is stored in (${source}).`;
  if (!modeAccepts(suggested, choices)) {
    return `The checkpoint is stored in ${suggested} (${source}), which cannot be trained directly, so the precision stays ${dtype}; switch to inference or LoRA fine-tuning to size it as stored.`;
  }
  return `The checkpoint is stored in ${suggested} (${source}); the precision is now ${dtype}.`;
}

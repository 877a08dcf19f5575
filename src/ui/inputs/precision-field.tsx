import { useMemo } from 'react';
import {
  FORMATS_BY_BITS,
  isFormatId,
  weightFormat,
  type FormatId,
} from '../../domain/formats/catalogue';
import { GGUF_DEFAULT_TYPE } from '../../domain/formats/gguf-rules';
import {
  formatsByModelBytes,
  modelBitsPerWeight,
  qloraBaseFormat,
} from '../../domain/formats/scenario-weights';
import type { ModelSpec } from '../../domain/model';
import { validateModel } from '../../domain/model-validation';
import { findModelPreset } from '../../domain/presets/models';
import type { FinetuneMethod, Mode, Scenario } from '../../domain/scenario';
import { formatNumber } from '../../lib/format';
import { useCalculator } from '../../state/react/calculator-context';
import { TRAINING_DTYPES } from '../../domain/scenario';
import { PrecisionSlider } from './precision-slider';
import { QLORA_FORMAT_CHOICES } from './scenario-choices';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

function modeHint(mode: Mode, method: FinetuneMethod): string {
  if (mode === 'inference')
    return 'The weights as served. Quantized formats keep embeddings, head and norms in 16-bit (GGUF in its own mix).';
  if (mode === 'finetune' && method === 'lora') {
    return "The frozen base weights' format; the adapters' is under Advanced.";
  }
  if (mode === 'finetune' && method === 'qlora') {
    return 'QLoRA keeps the frozen base in bitsandbytes 4-bit: NF4 with double quantization, the QLoRA recipe, unless you choose another.';
  }
  return 'Training updates the weights themselves, so only fp32, bf16 and fp16 can be chosen. Quantized formats are frozen bases for LoRA and QLoRA fine-tuning, and inference formats.';
}

/** The chosen format in words: its bits per weight from the block layout, what stays in 16-bit, and its source. */
function formatHint(id: FormatId): string {
  // A value the engine rejects gets its message from the field's issue instead.
  if (!isFormatId(id)) return '';
  const format = weightFormat(id);
  const bits = formatNumber(format.bitsPerWeight);
  const layout =
    format.scheme.kind === 'gguf'
      ? `${GGUF_DEFAULT_TYPE[format.scheme.ftype]} blocks of ${bits} bits per weight`
      : format.scheme.kind === 'linear'
        ? `${bits} bits per quantized weight, scales included`
        : `${bits} bits per weight`;
  return `${format.label}: ${layout}; ${format.keeps}. Source: ${format.source}.`;
}

/** The model's spec when it can be counted; a custom model with a bad field has none. */
function countableModel(model: Scenario['model']): ModelSpec | undefined {
  const spec = typeof model === 'string' ? findModelPreset(model)?.model : model;
  return spec && validateModel(spec).length === 0 ? spec : undefined;
}

/** Stops and bits for the model: its own order by weight bytes, else the catalogue's. */
function stopsFor(spec: ModelSpec | undefined) {
  if (!spec)
    return { stops: FORMATS_BY_BITS, bits: (id: FormatId) => weightFormat(id).bitsPerWeight };
  return { stops: formatsByModelBytes(spec), bits: (id: FormatId) => modelBitsPerWeight(spec, id) };
}

/** The weights' number format, on a slider in order of the model's bits, stepping over what the mode cannot use. */
export function PrecisionField() {
  const mode = useCalculator((state) => state.scenario.mode);
  const method = useCalculator((state) => state.scenario.finetuneMethod);
  const model = useCalculator((state) => state.scenario.model);
  // Checked when the model changes, not on every step of another slider.
  const spec = useMemo(() => countableModel(model), [model]);
  // Without experts MXFP4_MOE quantizes nothing to MXFP4: it is Q8_0 throughout.
  const dense = (spec?.experts ?? 1) <= 1;
  const [dtype, setDtype] = useScenarioField('dtype');
  const issue = useFieldIssue('dtype');
  const qlora = mode === 'finetune' && method === 'qlora';
  const trainsWeights = mode === 'training' || (mode === 'finetune' && method === 'full');
  const shown = qlora ? qloraBaseFormat(dtype) : dtype;
  const applies = (id: FormatId) =>
    qlora
      ? QLORA_FORMAT_CHOICES.some((choice) => choice.value === id)
      : (!trainsWeights || TRAINING_DTYPES.includes(id)) && !(dense && id === 'gguf-mxfp4_moe');
  return (
    <PrecisionSlider
      {...stopsFor(spec)}
      applies={applies}
      value={shown}
      onChange={setDtype}
      issue={issue}
      hint={`${modeHint(mode, method)} ${formatHint(shown)}`}
    />
  );
}

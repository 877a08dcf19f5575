import { weightFormat } from '../../domain/formats/catalogue';
import type { Estimate } from '../../domain/estimate';
import { OPTIMIZER_LABELS } from '../../domain/memory/model-states';
import { formatBytesIn, formatCapacity, formatInteger, formatNumber } from '../../lib/format';
import type { UnitSystem } from '../../domain/units';

/** The seed article's rule of thumb for this scenario, and why this estimate differs from it. */
export interface RuleOfThumbText {
  /** The rule with this scenario's numbers substituted. */
  formula: string;
  /** What the rule's terms stand for. */
  terms: string;
  result: string;
  why: string;
}

const gpuCount = (low: number, high: number): string =>
  low === high
    ? `${formatInteger(low)} ${low === 1 ? 'GPU' : 'GPUs'}`
    : `${formatInteger(low)}–${formatInteger(high)} GPUs`;

/** How this scenario's model states are sized, in words, for the comparison with the rule's flat 18 bytes. */
function statesInWords(e: Estimate): string {
  const s = e.scenario;
  if (s.mode === 'inference') return `${weightFormat(s.dtype).label} weights`;
  if (s.mode === 'finetune' && s.finetuneMethod !== 'full') {
    return `${s.finetuneMethod === 'qlora' ? 'QLoRA' : 'LoRA'} (frozen ${s.finetuneMethod === 'qlora' ? '4-bit' : weightFormat(s.dtype).label} base, trained adapters)`;
  }
  return `${OPTIMIZER_LABELS[s.optimizer]} with ${weightFormat(s.dtype).label} weights`;
}

export function ruleOfThumbText(e: Estimate, unit: UnitSystem): RuleOfThumbText {
  const s = e.scenario;
  const rule = e.ruleOfThumb;
  const paramsB = formatNumber(e.params.total / 1e9);
  const label = formatNumber(s.gpu.labelGB);
  const raw = `${paramsB} × 18 × 1.25 ÷ ${label}`;
  const terms = `Ψ in billions (${paramsB}) × 18 bytes per parameter × 1.25 for activations ÷ the GPU's label in GB (${label})`;
  const states = e.states.weights + e.states.gradients + e.states.optimizer;
  const bytesPerParam = formatNumber(states / e.params.total);
  const activations = formatBytesIn(e.layout.perGpu.activations, unit);
  const capacity = `counts the GPU as its ${label} GB label, not the ${formatCapacity(s.gpu.memoryBytes, unit)} its driver reports`;

  if (s.mode === 'inference') {
    const tokens = formatInteger(s.seqLen + s.generatedTokens);
    return {
      formula: `⌈${raw} ÷ 9⌉ to ⌈${raw} ÷ 8⌉`,
      terms: `${terms}, then 1/9 to 1/8 of that for inference`,
      result: gpuCount(rule.inferenceGpusLow, rule.inferenceGpusHigh),
      why:
        `The rule scales the training count down by 8 to 9 and ${capacity}; this estimate sizes the ${statesInWords(e)} ` +
        `(${bytesPerParam} bytes per parameter), a ${formatBytesIn(e.layout.perGpu.kvCache, unit)} KV cache per GPU for ` +
        `${formatInteger(s.batch)} × ${tokens} tokens and ${activations} of activations directly.`,
    };
  }
  return {
    formula: `⌈${raw}⌉`,
    terms,
    result: gpuCount(rule.trainingGpus, rule.trainingGpus),
    why:
      `The rule assumes 18 bytes per parameter spread over every GPU, × 1.25 for activations, and ${capacity}; ` +
      `this estimate uses ${bytesPerParam} bytes per parameter for ${statesInWords(e)} and ${activations} of activations ` +
      `per GPU computed for batch ${formatInteger(s.batch)} × ${formatInteger(s.seqLen)} tokens.`,
  };
}

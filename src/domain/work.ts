import { weightFormat } from './formats/catalogue';
import { modelWeightBytes } from './formats/scenario-weights';
import type { LayoutResult } from './gpu-search';
import { OPTIMIZER_LABELS } from './memory/model-states';
import { activationBytesPerElement, kvBytesPerElement, storedFormat } from './model-state-totals';
import type { MemoryContext, MemoryPart } from './per-gpu-memory';
import type { ResolvedScenario } from './scenario';
import { trainingAssumptions } from './training/assumptions';
import { kvCacheWork } from './work-kv-cache';
import { usesServingEngine } from './serving/serving-settings';

/** One symbol of a formula with this scenario's value. */
export interface WorkValue {
  symbol: string;
  meaning: string;
  value: number;
}

/** The quantized weights' count, where the stored format quantizes some tensors and the rest stay 16-bit. */
function quantizedWork(s: ResolvedScenario): WorkValue[] {
  const format = storedFormat(s);
  if (s.weightAccounting === 'naive' || weightFormat(format).scheme.kind === 'float') return [];
  const bytes = modelWeightBytes(s.model, format);
  return [
    {
      symbol: 'Ψ_q',
      meaning: `weights stored in ${weightFormat(format).label} (the rest in 16 or 32 bits)`,
      value: bytes.quantizedParams,
    },
    {
      symbol: 'bpw',
      meaning: 'bits per weight, whole model',
      value: (bytes.total * 8) / bytes.params,
    },
  ];
}

/** The inference assumption about the weights' format, in words. */
function weightsAssumption(s: ResolvedScenario): string {
  const format = weightFormat(s.dtype);
  if (format.scheme.kind === 'float') return `Weights in ${format.label}.`;
  return s.weightAccounting === 'realistic'
    ? `Weights in ${format.label}: ${format.keeps}.`
    : `Weights in ${format.label}, counted naively at ${format.elementBits} bits a parameter.`;
}

/** "Show the work" for one part: the formula in symbols, the values substituted, the result and its source. */
export interface WorkItem {
  part: MemoryPart;
  formula: string;
  values: WorkValue[];
  perGpuBytes: number;
  source: string;
}

const SOURCES = {
  states:
    "ZeRO (Rajbhandari et al. 2019) §3 and §5; docs/method.md §3, and §12–§13 for the framework's plan at the step's peak",
  activations:
    'Korthikanti et al. 2022 §4, generalised in docs/method.md §5; as PyTorch eager keeps them, §14',
  inferenceActivations: 'docs/method.md §6 (one layer of the §4 terms during prefill)',
  weights: 'docs/method.md §1–§2',
  overhead: 'docs/method.md §6: CUDA context and allocator reserve, set by you',
} as const;

/** The work behind each part of one GPU's memory under `result`'s layout. */
export function showWork(ctx: MemoryContext, result: LayoutResult): WorkItem[] {
  const s = ctx.scenario;
  const { tensorParallel: t, pipelineParallel: pp, dataParallel: n, zeroStage } = result.layout;
  const split: WorkValue[] = [
    { symbol: 't', meaning: 'tensor-parallel size', value: t },
    { symbol: 'pp', meaning: 'pipeline stages', value: pp },
    { symbol: 'N', meaning: 'data-parallel size', value: n },
  ];
  const items: WorkItem[] = [];
  const states = ctx.states;
  const trainableParams: WorkValue = {
    symbol: 'Ψ_train',
    meaning: 'trainable parameters',
    value: states.trainableParams,
  };

  items.push({
    part: 'weights',
    formula:
      zeroStage === 3 && s.mode !== 'inference'
        ? 'W ÷ (t · pp · N) + gathered layer'
        : 'W ÷ (t · pp)',
    values: [
      { symbol: 'Ψ', meaning: 'parameters', value: ctx.params.total },
      { symbol: 'W', meaning: 'bytes of all weights', value: states.weights },
      ...(states.frozenBaseBytes > 0 && s.mode !== 'inference'
        ? [
            {
              symbol: 'W_base',
              meaning: 'frozen base weights, bytes',
              value: states.frozenBaseBytes,
            },
          ]
        : []),
      ...quantizedWork(s),
      ...split,
    ],
    perGpuBytes: result.perGpu.weights,
    source: SOURCES.weights,
  });
  if (s.mode !== 'inference') {
    items.push({
      part: 'gradients',
      formula: zeroStage >= 2 ? 'Ψ_train × g ÷ (t · pp · N)' : 'Ψ_train × g ÷ (t · pp)',
      values: [
        trainableParams,
        { symbol: 'g', meaning: 'bytes per gradient', value: states.gradientBytesPerParam },
        ...split,
      ],
      perGpuBytes: result.perGpu.gradients,
      source: SOURCES.states,
    });
    items.push({
      part: 'optimizer',
      formula: `Ψ_train × (m + o)${states.factoredBytes > 0 ? ' + factored' : ''} ÷ (t · pp${zeroStage >= 1 ? ' · N' : ''})`,
      values: [
        trainableParams,
        {
          symbol: 'm',
          meaning: 'fp32 master copy bytes (0 when training in fp32)',
          value: states.masterBytesPerParam,
        },
        {
          symbol: 'o',
          meaning: `${OPTIMIZER_LABELS[s.optimizer]} state bytes`,
          value: states.optimizerBytesPerParam,
        },
        ...(states.factoredBytes > 0
          ? [
              {
                symbol: 'factored',
                meaning: 'Adafactor row and column statistics, bytes',
                value: states.factoredBytes,
              },
            ]
          : []),
        ...split,
      ],
      perGpuBytes: result.perGpu.optimizer,
      source: SOURCES.states,
    });
  }
  const activationValues: WorkValue[] = [
    { symbol: 'L', meaning: 'layers', value: s.model.layers },
    {
      symbol: 's',
      meaning: s.mode === 'inference' ? 'prompt tokens' : 'sequence length',
      value: s.seqLen,
    },
    { symbol: 'b', meaning: 'batch', value: s.batch },
    { symbol: 'h', meaning: 'hidden size', value: s.model.hidden },
    { symbol: 'a', meaning: 'attention heads', value: s.model.heads },
    { symbol: 'p', meaning: 'bytes per activation', value: activationBytesPerElement(s) },
    { symbol: 'V', meaning: 'vocabulary', value: s.model.vocab },
    { symbol: 't', meaning: 'tensor-parallel size', value: t },
  ];
  items.push({
    part: 'activations',
    formula:
      s.mode === 'inference'
        ? 'one layer(s, b, h, a, p) ÷ t + 4 · b · V ÷ t'
        : s.recompute === 'full'
          ? 'L · p · s · b · h + one layer(s, b, h, a, p) + 4 · s · b · V ÷ t'
          : `L · layer(s, b, h, a, p)${s.recompute === 'selective' ? ' without the s² core' : ''} + 4 · s · b · V ÷ t`,
    values: activationValues,
    perGpuBytes: result.perGpu.activations,
    source: s.mode === 'inference' ? SOURCES.inferenceActivations : SOURCES.activations,
  });
  if (s.mode === 'inference') items.push(kvCacheWork(s, t, pp, result.perGpu.kvCache));
  items.push({
    part: 'overhead',
    formula: 'fixed per GPU',
    values: [{ symbol: 'overhead', meaning: 'bytes per GPU', value: s.overheadBytes }],
    perGpuBytes: result.perGpu.overhead,
    source: SOURCES.overhead,
  });
  return items;
}

/** The assumptions in force, in words, for the page and for exports. */
export function describeAssumptions(s: ResolvedScenario, trainsAll: boolean): string[] {
  const list: string[] = [];
  const p = activationBytesPerElement(s);
  if (s.mode !== 'inference') {
    list.push(
      `Batch ${s.batch} is the micro-batch on each model replica; gradient accumulation adds no memory.`,
    );
    list.push(
      `Activations are kept in ${p === 4 ? 'fp32' : '16-bit'} (${p} bytes per element), with ${s.attention === 'fused' ? 'fused (FlashAttention-style) attention, which keeps no s² scores' : 'eager attention, which keeps the s² softmax per head'}${s.dropout ? ' and dropout masks' : ' and no dropout'}.`,
    );
    list.push(
      s.recompute === 'none'
        ? 'No activation recomputation.'
        : s.recompute === 'selective'
          ? 'Selective recomputation: the attention core is recomputed in the backward pass.'
          : "Full recomputation: only each layer's input is kept, plus one layer while it is recomputed.",
    );
    list.push(...trainingAssumptions(s));
    if (trainsAll && s.dtype === 'fp32') {
      list.push(
        "Pure fp32 training keeps no master copy: AdamW needs 4 + 4 + 8 = 16 bytes per parameter, not the 20 of the seed's (x + y + 12) rule.",
      );
    } else if (trainsAll) {
      list.push(
        `Mixed precision keeps an fp32 master copy (4 bytes per parameter) beside the ${s.dtype} weights.`,
      );
    }
    if (s.gradients === 'fp32')
      list.push(
        'Gradients are accumulated in fp32 (Hugging Face / DeepSpeed / Megatron accounting).',
      );
    if (s.mode === 'finetune' && s.finetuneMethod !== 'full') {
      list.push(
        s.finetuneMethod === 'qlora'
          ? `QLoRA: frozen base in ${weightFormat(storedFormat(s)).label} (${weightFormat(storedFormat(s)).keeps}); adapters trained in 16-bit.`
          : `LoRA: frozen base weights in ${weightFormat(s.dtype).label}, rank ${s.loraRank} adapters on ${s.loraTargets.join(', ')}; only the adapters have gradients and optimizer state.`,
      );
    }
    if (s.model.experts > 1)
      list.push(
        'Experts are split like dense layers by tensor parallelism, and by expert parallelism where a plan uses it.',
      );
    list.push(
      "Pipeline parallelism uses the 1F1B schedule: the first stage holds L layers' worth of activations.",
    );
  } else {
    list.push(weightsAssumption(s));
    list.push(
      `KV cache in ${kvBytesPerElement(s)}-byte elements for prompt plus generated tokens${s.model.slidingWindow ? `, capped by the ${s.model.slidingWindow}-token sliding window` : ''}.`,
    );
    if (!usesServingEngine(s))
      list.push(
        "Activations: one layer's working set during prefill, plus the last position's fp32 logits per sequence.",
      );
  }
  // A serving engine's own reserve replaces the fixed overhead (docs/method.md §11).
  if (!usesServingEngine(s))
    list.push(
      `Runtime overhead is a fixed amount per GPU${s.safetyMargin > 0 ? `, and ${Math.round(s.safetyMargin * 100)}% of each GPU is kept free` : ''}.`,
    );
  list.push(`GPU capacity is the memory the ${s.gpu.name} driver reports, not the label.`);
  return list;
}

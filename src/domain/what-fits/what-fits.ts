import { estimateResolved, type Estimate } from '../estimate';
import type { FormatId } from '../formats/catalogue';
import type { GpuSpec } from '../gpu';
import type { ModelSpec } from '../model';
import type { FinetuneMethod, Scenario } from '../scenario';
import { resolveValidScenario, validateScenario } from '../scenario-validation';
import type { Engine } from '../serving/engines';
import type { Framework } from '../training/frameworks';
import { DEFAULT_MODEL_PRESET_ID, findModelPreset } from '../presets/models';
import { fitsEngine, fitsFinetuneSeqLen, fitsGenerated } from './what-fits-axes';

/** Any model will do for a sweep key: only its shape's sequence length enters, and that is fixed. */
const SWEEP_KEY_MODEL = findModelPreset(DEFAULT_MODEL_PRESET_ID)!.model;

/** A model the sweep tries: a preset's id, or the scenario's own custom model. */
export interface FitsModel {
  key: string;
  name: string;
  model: string | ModelSpec;
  spec: ModelSpec;
}

/** A GPU the sweep tries: a preset's id, or the scenario's own custom GPU. */
export interface FitsGpu {
  key: string;
  name: string;
  gpu: string | GpuSpec;
}

/** fits: some layout within the engine's reach holds it; too-big: none does; not-applicable: the engine rejects the setting. */
export type FitStatus = 'fits' | 'too-big' | 'not-applicable';

interface FitBase {
  /** Unique within one sweep. */
  id: string;
  gpuKey: string;
  gpuName: string;
  modelKey: string;
  modelName: string;
  status: FitStatus;
  /** Why it does not fit or does not apply; null when it fits. */
  reason: string | null;
  /** GPUs of the smallest layout that fits, and the whole nodes they take. */
  gpus: number | null;
  nodes: number | null;
  perGpuBytes: number | null;
  /** The scenario this cell is: what "open in the calculator" applies. */
  scenario: Scenario;
}

/** One model serving on one GPU in one format at one request length (docs/method.md §17). */
export interface InferenceFit extends FitBase {
  kind: 'inference';
  format: FormatId;
  context: number;
  engine: Engine;
  tensorParallel: number | null;
  /** Requests of this length the engine's KV pool holds at once, its sequence cap applied. */
  maxConcurrency: number | null;
  /** Decode tokens per second one request sees alone. */
  tokensPerSecond: number | null;
  /** Decode tokens per second of every request together at the largest concurrency. */
  peakTokensPerSecond: number | null;
}

/** One model fine-tuned on one GPU by one method (docs/method.md §17). */
export interface FinetuneFit extends FitBase {
  kind: 'finetune';
  method: FinetuneMethod;
  seqLen: number;
  framework: Framework | null;
}

/** One cell of the sweep to compute: which model, GPU and setting. */
export type FitsCell =
  | { kind: 'inference'; gpu: FitsGpu; model: FitsModel; format: FormatId; context: number }
  | { kind: 'finetune'; gpu: FitsGpu; model: FitsModel; method: FinetuneMethod };

/** The scenario's own settings, with the layout left to the search and one request at a time. */
function common(base: Scenario, gpu: FitsGpu, model: FitsModel): Scenario {
  return {
    ...base,
    loraTargets: [...base.loraTargets],
    model: model.model,
    gpu: gpu.gpu,
    batch: 1,
    layout: 'auto',
    tensorParallel: 1,
    pipelineParallel: 1,
    dataParallel: 1,
    contextParallel: 1,
    expertParallel: 1,
    targetTokensPerSecond: 0,
    maxModelLen: null,
  };
}

/** The scenario a cell stands for: the page's scenario with the cell's model, GPU and setting. */
export function cellScenario(base: Scenario, cell: FitsCell): Scenario {
  const s = common(base, cell.gpu, cell.model);
  if (cell.kind === 'finetune')
    return {
      ...s,
      mode: 'finetune',
      finetuneMethod: cell.method,
      dtype: 'bf16',
      recompute: 'full',
      seqLen: fitsFinetuneSeqLen(cell.model.spec),
    };
  const engine = fitsEngine(cell.format, base.engine);
  const generatedTokens = fitsGenerated(cell.context, base.generatedTokens);
  return {
    ...s,
    mode: 'inference',
    dtype: cell.format,
    engine,
    // A setting of another engine does not carry over: llama.cpp's KV types are not vLLM's.
    kvDtype: engine === base.engine ? base.kvDtype : 'auto',
    gpuLayers: engine === base.engine ? base.gpuLayers : null,
    seqLen: cell.context - generatedTokens,
    generatedTokens,
  };
}

const cellId = (cell: FitsCell): string =>
  [
    cell.kind,
    cell.gpu.key,
    cell.model.key,
    cell.kind === 'inference' ? `${cell.format}@${cell.context}` : cell.method,
  ].join('|');

/** The estimate of a cell's scenario, or the engine's reasons it does not apply. */
function estimateCell(s: Scenario): { estimate: Estimate } | { reason: string } {
  const issues = validateScenario(s);
  if (issues.length > 0)
    return { reason: issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') };
  return { estimate: estimateResolved(resolveValidScenario(s)) };
}

/** One cell through the engine: the serving planner for inference, the training plans for fine-tuning. */
export function computeCell(base: Scenario, cell: FitsCell): InferenceFit | FinetuneFit {
  const scenario = cellScenario(base, cell);
  const head = {
    id: cellId(cell),
    gpuKey: cell.gpu.key,
    gpuName: cell.gpu.name,
    modelKey: cell.model.key,
    modelName: cell.model.name,
    scenario,
  };
  const result = estimateCell(scenario);
  const fit = 'estimate' in result ? result.estimate.chosenStage.fit : null;
  const e = 'estimate' in result ? result.estimate : null;
  const status: FitStatus = e === null ? 'not-applicable' : fit ? 'fits' : 'too-big';
  const shared = {
    ...head,
    status,
    reason: 'reason' in result ? result.reason : fit ? null : (e?.chosenStage.reason ?? null),
    gpus: fit ? fit.gpus : null,
    perGpuBytes: fit ? fit.perGpuBytes : null,
  };
  if (cell.kind === 'finetune') {
    const plan = fit && e?.training?.plan.fits ? e.training.plan : null;
    return {
      ...shared,
      kind: 'finetune',
      method: cell.method,
      seqLen: scenario.seqLen,
      nodes: plan ? plan.nodes : null,
      framework: plan ? plan.framework : null,
    };
  }
  const serving = fit ? e?.serving : null;
  const peak = serving?.speed.curve.at(-1);
  return {
    ...shared,
    kind: 'inference',
    format: cell.format,
    context: cell.context,
    engine: scenario.engine,
    nodes: serving ? serving.nodes : null,
    tensorParallel: fit ? fit.layout.tensorParallel : null,
    maxConcurrency: serving ? serving.maxSequences : null,
    tokensPerSecond: serving ? 1 / serving.speed.stepSeconds : null,
    peakTokensPerSecond: serving && peak ? peak.tokensPerSecond : null,
  };
}

/**
 * The scenario's fields a sweep depends on, as text: every field the cells do not set themselves.
 * Two scenarios with the same key give the same sweep, so moving the batch, switching the mode or
 * choosing another preset model does not start it again.
 */
export function sweepKey(base: Scenario): string {
  const cell = cellScenario(base, {
    kind: 'finetune',
    gpu: { key: '', name: '', gpu: base.gpu },
    model: { key: '', name: '', model: base.model, spec: SWEEP_KEY_MODEL },
    method: 'full',
  });
  // Every preset is swept whichever is chosen; only a custom model adds a row of its own.
  return JSON.stringify({
    ...cell,
    model: typeof base.model === 'string' ? null : base.model,
    generatedTokens: base.generatedTokens,
    recompute: base.recompute,
  });
}

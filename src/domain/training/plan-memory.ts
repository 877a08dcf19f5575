import type { Layout } from '../layout';
import type { ModelStateTotals } from '../model-state-totals';
import type { ParameterBreakdown } from '../parameters';
import type { ResolvedScenario } from '../scenario';
import { trainingActivations, type TrainingActivations } from './activations';
import { FRAMEWORK_RULES, frameworkOfStage, type Framework } from './frameworks';
import { TIGHT_THRESHOLD } from './headroom';
import { zero2Estimate, zero3Estimate } from './deepspeed-estimator';
import { applyOffload, type ResidentStates } from './offload';
import {
  busiestStageShare,
  deepSpeedAccountingApplies,
  expertShare,
  pagesOptimizer,
  usesFp8,
  frameworkStates,
  DEEPSPEED_REDUCE_BUCKET_ELEMENTS,
  stepTemporaryBytesPerParam,
} from './state-rules';
import { peakParts, stepTimeline, type PhaseParts, type StepTimeline } from './step-timeline';

/** What every plan of one scenario shares (the engine's MemoryContext has these fields). */
export interface TrainingContext {
  scenario: ResolvedScenario;
  params: ParameterBreakdown;
  states: ModelStateTotals;
  /** Usable bytes per GPU after the safety and allocator margins. */
  capacityBytes: number;
}

/** One GPU under a plan: its step, the parts at the peak, and what it keeps off the GPU. */
export interface PlanMemory {
  framework: Framework;
  timeline: StepTimeline;
  peak: PhaseParts;
  hostBytesPerGpu: number;
  nvmeBytesPerGpu: number;
}

export const planFramework = (layout: Layout): Framework =>
  layout.framework ?? frameworkOfStage(layout.zeroStage);

const activationCache = new WeakMap<ResolvedScenario, Map<string, TrainingActivations>>();

function cachedActivations(s: ResolvedScenario, layout: Layout): TrainingActivations {
  let byLayout = activationCache.get(s);
  if (!byLayout) activationCache.set(s, (byLayout = new Map()));
  const cp = layout.contextParallel ?? 1;
  const key = `${layout.tensorParallel}/${layout.pipelineParallel}/${cp}/${layout.sequenceParallel}`;
  let found = byLayout.get(key);
  if (!found) {
    found = trainingActivations(s, {
      tensorParallel: layout.tensorParallel,
      pipelineParallel: layout.pipelineParallel,
      sequenceParallel: layout.sequenceParallel,
      contextParallel: cp,
    });
    byLayout.set(key, found);
  }
  return found;
}

/** GPUs that shard the states: the data- and context-parallel group, within one node for hybrid shard. */
export function shardGroupSize(ctx: TrainingContext, layout: Layout): number {
  const replicas = layout.dataParallel * (layout.contextParallel ?? 1);
  if (!FRAMEWORK_RULES[planFramework(layout)].shardsWithinNode) return replicas;
  const perNode = Math.floor(
    ctx.scenario.gpu.gpusPerNode / (layout.tensorParallel * layout.pipelineParallel),
  );
  return Math.max(1, Math.min(replicas, perNode));
}

/**
 * One GPU's memory through one step under a plan (docs/method.md §12–§13): the framework's model
 * states split by t · pp (experts also by ep) and sharded over its group by ZeRO stage, the
 * gathered layer, gradient buckets, the step's temporaries, offload, activations and overhead.
 */
export function planMemory(ctx: TrainingContext, layout: Layout): PlanMemory {
  const s = ctx.scenario;
  const framework = planFramework(layout);
  const rules = FRAMEWORK_RULES[framework];
  const stage = rules.zeroStage;
  // One GPU's slice of the model: its pipeline stage (the busiest), split over t.
  const slice = busiestStageShare(ctx.params, layout.pipelineParallel) / layout.tensorParallel;
  const ep = layout.expertParallel ?? 1;
  const n = shardGroupSize(ctx, layout);
  const states = frameworkStates(ctx, framework);
  const experts = expertShare(s.model);
  // Experts are split over ep as well; sharded states are spread over the whole group either way.
  const replicated = (bytes: number) => bytes * slice * (1 - experts + experts / ep);
  const sharded = (bytes: number) => (bytes * slice) / n;
  const deepSpeedRules = deepSpeedAccountingApplies(s, framework);
  const gatherLayer = stage === 3 && n > 1;
  const layerParams =
    (ctx.params.largestLayer * (1 - experts + experts / ep)) / layout.tensorParallel;
  const trainable = states.trainableParams;
  const resident: ResidentStates = {
    weights: stage >= 3 ? sharded(states.weights) : replicated(states.weights),
    gradients: stage >= 2 ? sharded(states.gradients) : replicated(states.gradients),
    optimizer: stage >= 1 ? sharded(states.optimizer) : replicated(states.optimizer),
    stepTemporary: 0,
    fp32GradientPartition: 0,
  };
  const optimizerParams = stage >= 1 ? sharded(trainable) : replicated(trainable);
  if (!deepSpeedRules) {
    if (rules.deepSpeed) resident.fp32GradientPartition = 4 * optimizerParams;
    else resident.stepTemporary = stepTemporaryBytesPerParam(s, framework) * optimizerParams;
  }
  const placed = applyOffload(framework, resident, s.offloadOptimizer, s.offloadParams);
  const perParam = (bytes: number) => bytes / ctx.params.total;
  // FSDP2 keeps two all-gathered units alive in forward (the PR that added explicit prefetching).
  const units = rules.deepSpeed ? 1 : 2;
  const gatheredWeights = !gatherLayer
    ? 0
    : deepSpeedRules
      ? 2 * layerParams
      : units * layerParams * perParam(states.weights);
  const gatheredGradients = !gatherLayer
    ? 0
    : deepSpeedRules
      ? 2 * layerParams
      : layerParams * perParam(states.gradients);
  // DDP's buckets copy every gradient (gradient_as_bucket_view=False); one GPU needs no DDP.
  // Transformer Engine keeps an FP8 copy of each linear weight from forward to backward ("2 MB
  // (weight) + 1 MB (weight in FP8)", TE's performance considerations): the gathered layer's
  // under full sharding, every local linear weight otherwise.
  const fp8Copies = !usesFp8(s)
    ? 0
    : gatherLayer
      ? units * layerParams
      : ctx.params.quantizable * slice * (1 - experts + experts / ep);
  const persistentBuckets = framework === 'ddp' && n > 1 ? placed.gpu.gradients : 0;
  const backwardBuckets =
    rules.deepSpeed && !deepSpeedRules
      ? Math.min(
          DEEPSPEED_REDUCE_BUCKET_ELEMENTS * (states.gradients / Math.max(1, trainable)),
          replicated(states.gradients),
        )
      : 0;
  const activations = cachedActivations(s, layout);
  const components = {
    weights: placed.gpu.weights,
    gradients: placed.gpu.gradients,
    optimizer: placed.gpu.optimizer,
    gatheredWeights: gatheredWeights + fp8Copies,
    gatheredGradients,
    persistentBuckets,
    backwardBuckets,
    stepTemporary: placed.gpu.stepTemporary + placed.gpu.fp32GradientPartition,
    activations: activations.kept,
    lossForward: activations.lossForward,
    lossBackward: activations.lossBackward,
    overhead: s.overheadBytes,
  };
  let pagedOut = 0;
  if (pagesOptimizer(s, framework)) {
    // A paged optimizer's state stays on the GPU only as far as the rest leaves room below the
    // tight threshold; the rest waits in CPU memory and bitsandbytes pages it in tensor by tensor.
    const rest = stepTimeline({ ...components, optimizer: 0, stepTemporary: 0 });
    const room =
      ctx.capacityBytes * TIGHT_THRESHOLD -
      Math.max(...rest.phases.map((phase) => phase.totalBytes));
    const resident = Math.min(components.optimizer, Math.max(0, room));
    pagedOut = components.optimizer - resident;
    components.optimizer = resident;
    components.stepTemporary = 0;
  }
  const timeline = stepTimeline(components);
  return {
    framework,
    timeline,
    peak: peakParts(timeline),
    hostBytesPerGpu: deepSpeedRules
      ? deepSpeedHostBytesPerGpu(ctx, layout, framework)
      : placed.hostBytes + pagedOut,
    nvmeBytesPerGpu: placed.nvmeBytes,
  };
}

/** Host memory by DeepSpeed's estimator: its "per CPU" figure for one node, shared by the node's GPUs. */
function deepSpeedHostBytesPerGpu(
  ctx: TrainingContext,
  layout: Layout,
  framework: Framework,
): number {
  const s = ctx.scenario;
  const gpus =
    layout.tensorParallel *
    layout.pipelineParallel *
    layout.dataParallel *
    (layout.contextParallel ?? 1);
  const gpusPerNode = Math.min(gpus, s.gpu.gpusPerNode);
  const hw = { gpusPerNode, nodes: Math.ceil(gpus / gpusPerNode) };
  const offloadOptimizer = s.offloadOptimizer !== 'none';
  const row =
    framework === 'zero2'
      ? zero2Estimate(ctx.params.total, hw, offloadOptimizer)
      : zero3Estimate(ctx.params.total, ctx.params.largestLayer, hw, {
          offloadOptimizer,
          offloadParams: s.offloadParams !== 'none',
          zeroInit: true,
        });
  return row.cpuBytes / gpusPerNode;
}

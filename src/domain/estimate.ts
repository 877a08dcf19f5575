import type { FieldIssue } from './errors';
import type { LayoutResult, StageSearch } from './gpu-search';
import { evaluateLayout, plainDdpFits, searchAllStages } from './gpu-search';
import { trainsAllWeights } from './model-state-totals';
import type { ModelStateTotals } from './model-state-totals';
import { createMemoryContext, sumParts, type MemoryParts } from './per-gpu-memory';
import type { ParameterBreakdown } from './parameters';
import { ruleOfThumbGpus, type RuleOfThumb } from './rule-of-thumb';
import { type ResolvedScenario, type Scenario } from './scenario';
import { gpuHours, trainingSeconds } from './speed';
import { searchServingLayout } from './serving/serving-layout';
import { servingPlan, type ServingPlan } from './serving/serving-plan';
import { usesServingEngine } from './serving/serving-settings';
import { servingAssumptions, servingWork } from './serving/serving-work';
import { describeAssumptions, showWork, type WorkItem } from './work';
import { resolveScenario } from './scenario-validation';
import { scenarioWarnings } from './scenario-validation';
import { trainingPeakFlops } from './training/state-rules';
import { planTraining, type TrainingPlans } from './training/training-estimate';

export interface SpeedEstimate {
  /** Inference: tokens per second for one sequence, memory-bandwidth bound. */
  decodeTokensPerSecondPerSequence: number | null;
  /** Inference: tokens per second for the whole batch. */
  decodeTokensPerSecond: number | null;
  /** Inference: time to first token of one request arriving alone (docs/method.md §11). */
  timeToFirstTokenSeconds: number | null;
  /** Training: seconds per optimizer step of batch × seqLen tokens on every data-parallel replica. */
  stepSeconds: number | null;
  /** Training: tokens processed per second across all GPUs. */
  trainingTokensPerSecond: number | null;
  /** Training: wall-clock seconds to process the scenario's `trainingTokens` on the layout's GPUs. */
  totalTrainingSeconds: number | null;
  /** Training: GPU-hours for the token budget; independent of the layout's size. */
  gpuHours: number | null;
  /** Inference: seconds to prefill every sequence's prompt when all arrive together. */
  prefillAllSeconds: number | null;
}

export interface Estimate {
  scenario: ResolvedScenario;
  params: ParameterBreakdown;
  /** Model states before sharding, and the rates behind them. */
  states: ModelStateTotals;
  /**
   * The layout in force: the user's (manual) or the smallest that fits at the chosen ZeRO stage
   * (auto), with its per-GPU bytes by part and their sum.
   */
  layout: LayoutResult;
  /** Bytes by part summed over all GPUs of `layout`. */
  total: MemoryParts;
  totalBytes: number;
  /** Search at every ZeRO stage that applies (one entry for inference). */
  stages: StageSearch[];
  /** The search at the scenario's ZeRO stage. */
  chosenStage: StageSearch;
  /** The stage needing the fewest GPUs, if any fits. */
  bestStage: StageSearch | null;
  /** One GPU holding the whole unsharded state: if it does not fit, plain DDP never fits. */
  plainDdp: LayoutResult;
  ruleOfThumb: RuleOfThumb;
  speed: SpeedEstimate;
  work: WorkItem[];
  assumptions: string[];
  warnings: FieldIssue[];
  /** Inference: the engine's accounting, speed and replicas on the layout in force (docs/method.md §11). */
  serving: ServingPlan | null;
  /** Training and fine-tuning: every framework's plan and the one in force (docs/method.md §12); null for inference. */
  training: TrainingPlans | null;
}

const scaleParts = (parts: MemoryParts, factor: number): MemoryParts => ({
  weights: parts.weights * factor,
  gradients: parts.gradients * factor,
  optimizer: parts.optimizer * factor,
  activations: parts.activations * factor,
  kvCache: parts.kvCache * factor,
  overhead: parts.overhead * factor,
});

function speedOf(
  s: ResolvedScenario,
  params: ParameterBreakdown,
  layout: LayoutResult,
  plan: ServingPlan | null,
): SpeedEstimate {
  const { dataParallel } = layout.layout;
  if (plan) {
    const step = plan.speed.stepSeconds;
    return {
      decodeTokensPerSecondPerSequence: 1 / step,
      decodeTokensPerSecond: s.batch / step,
      timeToFirstTokenSeconds: plan.speed.firstTokenAloneSeconds,
      stepSeconds: null,
      trainingTokensPerSecond: null,
      totalTrainingSeconds: null,
      gpuHours: null,
      prefillAllSeconds: plan.speed.prefillAllSeconds,
    };
  }
  const tokensPerStep = s.batch * s.seqLen * dataParallel;
  const peak = trainingPeakFlops(s);
  const stepSeconds = trainingSeconds(
    params.active,
    tokensPerStep,
    layout.gpus,
    peak,
    s.utilization,
  );
  const totalTrainingSeconds = trainingSeconds(
    params.active,
    s.trainingTokens,
    layout.gpus,
    peak,
    s.utilization,
  );
  return {
    decodeTokensPerSecondPerSequence: null,
    decodeTokensPerSecond: null,
    timeToFirstTokenSeconds: null,
    stepSeconds,
    trainingTokensPerSecond: tokensPerStep / stepSeconds,
    totalTrainingSeconds,
    gpuHours: gpuHours(totalTrainingSeconds, layout.gpus),
    prefillAllSeconds: null,
  };
}

/**
 * The full estimate for one scenario: parameters, model states, per-GPU and total memory by part,
 * the GPU layout, the seed's rule of thumb beside it, speed, the work shown and the assumptions.
 * Throws a ScenarioError naming each invalid field.
 */
export function estimate(scenario: Scenario): Estimate {
  return estimateResolved(resolveScenario(scenario));
}

/** The estimate for a scenario whose presets are already resolved and whose fields are valid. */
export function estimateResolved(s: ResolvedScenario): Estimate {
  const ctx = createMemoryContext(s);
  const training = s.mode === 'inference' ? null : planTraining(ctx);
  const stages = training
    ? training.stages
    : usesServingEngine(s)
      ? [searchServingLayout(ctx)]
      : searchAllStages(ctx);
  const chosenStage = training
    ? {
        zeroStage: training.plan.layout.zeroStage,
        fit: training.plan.fits ? training.plan : null,
        reason: training.plan.fits
          ? null
          : (training.plans.find((p) => p.framework === training.plan.framework)?.reason ??
            'no plan fits'),
      }
    : (stages.find((stage) => stage.zeroStage === 0) ?? stages[0]!);
  const bestStage = stages.reduce<StageSearch | null>(
    (best, stage) => (stage.fit && (!best?.fit || stage.fit.gpus < best.fit.gpus) ? stage : best),
    null,
  );
  const plainDdp = training ? training.plainDdp : plainDdpFits(ctx);
  const layout = training
    ? training.plan
    : s.layout === 'manual'
      ? evaluateLayout(ctx, {
          tensorParallel: s.tensorParallel,
          pipelineParallel: s.pipelineParallel,
          dataParallel: 1,
          zeroStage: 0,
          sequenceParallel: s.sequenceParallel && s.tensorParallel > 1,
        })
      : (chosenStage.fit ??
        evaluateLayout(ctx, {
          tensorParallel: 1,
          pipelineParallel: 1,
          dataParallel: 1,
          zeroStage: 0,
          sequenceParallel: false,
        }));
  const total = scaleParts(layout.perGpu, layout.gpus);
  const plan = s.mode === 'inference' ? servingPlan(ctx, layout) : null;
  const paramsInBillions = ctx.params.total / 1e9;
  return {
    scenario: s,
    params: ctx.params,
    states: ctx.states,
    layout,
    total,
    totalBytes: sumParts(total),
    stages,
    chosenStage,
    bestStage,
    plainDdp,
    ruleOfThumb: ruleOfThumbGpus(paramsInBillions, s.gpu.labelGB),
    speed: speedOf(s, ctx.params, layout, plan),
    work: servingWork(showWork(ctx, layout), s, plan),
    assumptions: [...describeAssumptions(s, trainsAllWeights(s)), ...servingAssumptions(s, plan)],
    warnings: [...scenarioWarnings(s), ...(training?.warnings ?? [])],
    serving: plan,
    training,
  };
}

import type { FieldIssue } from '../errors';
import { hasFastInterconnect } from '../gpu';
import type { LayoutResult, StageSearch } from '../gpu-search';
import { OPTIMIZER_LABELS, ZERO_STAGES } from '../memory/model-states';
import type { Layout } from '../layout';
import { createMemoryContext, type MemoryContext } from '../per-gpu-memory';
import type { ResolvedScenario } from '../scenario';
import { FRAMEWORK_RULES, frameworkOfStage, offloadProblem, type Framework } from './frameworks';
import { MIN_LAYERS_PER_STAGE } from './plan-candidates';
import {
  evaluatePlan,
  searchFramework,
  searchPlans,
  type FrameworkPlan,
  type PlanResult,
} from './plan-search';
import { deepSpeedAccountingApplies, pagesOptimizer } from './state-rules';

/** The training side of an estimate: every framework's plan, the one in force, and its step. */
export interface TrainingPlans {
  /** Every framework's best plan or why it has none, best first. */
  plans: FrameworkPlan[];
  /** The plan in force: the user's (manual layout), the chosen framework's, or the best. */
  plan: PlanResult;
  /** The best plan of any framework that fits, or null. */
  best: PlanResult | null;
  /** The best data-parallel plan at each ZeRO stage, for views that compare stages. */
  stages: StageSearch[];
  /** One GPU holding everything under DDP: if it does not fit, plain data parallelism never does. */
  plainDdp: LayoutResult;
  warnings: FieldIssue[];
}

const single = (framework: Framework): Layout => ({
  tensorParallel: 1,
  pipelineParallel: 1,
  dataParallel: 1,
  zeroStage: FRAMEWORK_RULES[framework].zeroStage,
  sequenceParallel: false,
  framework,
});

/** The framework in force for a manual layout: the chosen one, or the one the ZeRO stage stands for. */
function manualFramework(ctx: MemoryContext): Framework {
  const s = ctx.scenario;
  return s.framework === 'auto' ? frameworkOfStage(s.zeroStage) : s.framework;
}

function manualPlan(ctx: MemoryContext): PlanResult {
  const s = ctx.scenario;
  const framework = manualFramework(ctx);
  return evaluatePlan(ctx, {
    tensorParallel: s.tensorParallel,
    pipelineParallel: s.pipelineParallel,
    dataParallel: s.dataParallel,
    zeroStage: FRAMEWORK_RULES[framework].zeroStage,
    sequenceParallel: s.sequenceParallel && s.tensorParallel > 1,
    framework,
    contextParallel: s.contextParallel,
    expertParallel: s.expertParallel,
  });
}

/** Remarks on a training scenario's plan that do not stop it: each names its field. */
function planWarnings(ctx: MemoryContext, plan: PlanResult): FieldIssue[] {
  const s = ctx.scenario;
  const warnings: FieldIssue[] = [];
  const { tensorParallel: t, pipelineParallel: pp } = plan.layout;
  if (t > 1 && !hasFastInterconnect(s.gpu))
    warnings.push({
      field: 'tensorParallel',
      message: `tensor parallelism over ${s.gpu.interconnect === 'pcie' ? 'PCIe' : 'this link'}: every layer's all-reduces cross it, which frameworks avoid; the search uses it only over NVLink-class links`,
    });
  if (pp > 1 && s.model.layers / pp < MIN_LAYERS_PER_STAGE)
    warnings.push({
      field: 'pipelineParallel',
      message: `${pp} stages leave fewer than ${MIN_LAYERS_PER_STAGE} of the ${s.model.layers} layers on a stage`,
    });
  const offload = offloadProblem(plan.framework, s.offloadOptimizer, s.offloadParams);
  if (offload) warnings.push({ field: 'offloadOptimizer', message: `${offload}; not applied` });
  if (s.stateAccounting === 'deepspeed' && !deepSpeedAccountingApplies(s, plan.framework))
    warnings.push({
      field: 'stateAccounting',
      message: `DeepSpeed's estimator covers ZeRO-2 and ZeRO-3 with every weight trained; ${FRAMEWORK_RULES[plan.framework].label} is counted by its own rules`,
    });
  if (s.pagedOptimizer && !pagesOptimizer(s, plan.framework))
    warnings.push({
      field: 'pagedOptimizer',
      message: `bitsandbytes pages Adam, AdamW and 8-bit Adam in PyTorch training loops; not applied to ${OPTIMIZER_LABELS[s.optimizer]} under ${FRAMEWORK_RULES[plan.framework].label}`,
    });
  return warnings;
}

/** The best data-parallel plan at each ZeRO stage (DDP, DeepSpeed and FSDP; not Megatron-LM's splits). */
function stagesOf(plans: readonly FrameworkPlan[]): StageSearch[] {
  return ZERO_STAGES.map((zeroStage) => {
    const atStage = plans.filter(
      (p) =>
        FRAMEWORK_RULES[p.framework].zeroStage === zeroStage &&
        !FRAMEWORK_RULES[p.framework].modelParallel,
    );
    const fit = atStage.find((p) => p.plan)?.plan ?? null;
    return { zeroStage, fit, reason: fit ? null : (atStage[0]?.reason ?? 'no layout fits') };
  });
}

/**
 * Plans a training scenario (docs/method.md §12): searches every framework, ranks them as engineers
 * do, and takes the plan in force from the user's layout and framework.
 */
export function planTraining(ctx: MemoryContext): TrainingPlans {
  const s = ctx.scenario;
  const plans = searchPlans(ctx);
  const best = plans.find((p) => p.plan)?.plan ?? null;
  const chosen =
    s.framework === 'auto' ? best : (plans.find((p) => p.framework === s.framework)?.plan ?? null);
  // With nothing that fits, show the most sharded framework on one GPU, with its reason.
  const fallback = s.framework === 'auto' ? 'fsdp' : s.framework;
  const plan =
    s.layout === 'manual' ? manualPlan(ctx) : (chosen ?? evaluatePlan(ctx, single(fallback)));
  return {
    plans,
    plan,
    best,
    stages: stagesOf(plans),
    plainDdp: evaluatePlan(ctx, single('ddp')),
    warnings: planWarnings(ctx, plan),
  };
}

/**
 * The plan the search would find with full activation recomputation, for a scenario that does not
 * use it: the first thing engineers turn on when activations crowd the GPUs. Null when it does not apply.
 */
export function fullRecomputePlan(s: ResolvedScenario): PlanResult | null {
  if (s.mode === 'inference' || s.recompute === 'full' || s.layout === 'manual') return null;
  const ctx = createMemoryContext({ ...s, recompute: 'full' });
  if (s.framework !== 'auto') return searchFramework(ctx, s.framework).plan;
  return searchPlans(ctx).find((p) => p.plan)?.plan ?? null;
}

import { MAX_GPUS, type LayoutResult } from '../gpu-search';
import type { Layout } from '../layout';
import type { MemoryContext } from '../per-gpu-memory';
import { sumParts } from '../per-gpu-memory';
import { trainsAllWeights } from '../model-state-totals';
import { FRAMEWORK_RULES, FRAMEWORKS, offloadProblem, type Framework } from './frameworks';
import { headroomOf, TIGHT_THRESHOLD, type Headroom } from './headroom';
import {
  contextCandidates,
  expertCandidates,
  gcd,
  pipelineCandidates,
  tensorCandidates,
} from './plan-candidates';
import { planMemory, type PlanMemory } from './plan-memory';
import { toFraction } from '../decimal-text';

/** One plan: a framework's layout, its memory through the step, and what it needs off the GPU. */
export interface PlanResult extends LayoutResult {
  framework: Framework;
  memory: PlanMemory;
  nodes: number;
  headroom: Headroom;
  hostBytesPerNode: number;
  nvmeBytesPerNode: number;
}

/** A framework's best plan, or why it has none. */
export interface FrameworkPlan {
  framework: Framework;
  plan: PlanResult | null;
  reason: string | null;
}

/** One GPU's memory and fit under a plan's layout. */
export function evaluatePlan(ctx: MemoryContext, layout: Layout): PlanResult {
  const memory = planMemory(ctx, layout);
  const perGpuBytes = sumParts(memory.peak);
  const gpus =
    layout.tensorParallel *
    layout.pipelineParallel *
    layout.dataParallel *
    (layout.contextParallel ?? 1);
  const perNode = Math.min(gpus, ctx.scenario.gpu.gpusPerNode);
  return {
    layout,
    gpus,
    perGpu: memory.peak,
    perGpuBytes,
    capacityBytes: ctx.capacityBytes,
    fits: perGpuBytes <= ctx.capacityBytes,
    freeBytes: ctx.capacityBytes - perGpuBytes,
    framework: memory.framework,
    memory,
    nodes: Math.ceil(gpus / ctx.scenario.gpu.gpusPerNode),
    headroom: headroomOf(perGpuBytes, ctx.capacityBytes),
    hostBytesPerNode: memory.hostBytesPerGpu * perNode,
    nvmeBytesPerNode: memory.nvmeBytesPerGpu * perNode,
  };
}

/**
 * How engineers order plans (docs/method.md §12): one that fits with room to spare, then one that
 * fits tight, then one that does not; then the fewest GPUs; then data parallelism and sharding before tensor and pipeline parallelism, and
 * pipeline stages only when needed; then the faster
 * framework ("Stage 0 (DDP) > Stage 1 > Stage 2 > Stage 2 + offload > Stage 3", Hugging Face's
 * DeepSpeed guide), PyTorch's before DeepSpeed's at the same stage.
 */
export function comparePlans(a: PlanResult, b: PlanResult): number {
  const fit = (p: PlanResult) => ({ comfortable: 0, tight: 1, over: 2 })[p.headroom];
  return (
    fit(a) - fit(b) ||
    a.gpus - b.gpus ||
    a.layout.tensorParallel * a.layout.pipelineParallel -
      b.layout.tensorParallel * b.layout.pipelineParallel ||
    a.layout.pipelineParallel - b.layout.pipelineParallel ||
    (a.layout.contextParallel ?? 1) - (b.layout.contextParallel ?? 1) ||
    FRAMEWORK_RULES[a.framework].speedRank - FRAMEWORK_RULES[b.framework].speedRank ||
    a.perGpuBytes - b.perGpuBytes
  );
}

/** What a search asks of a plan: to fit with room to spare, or only to fit. */
type Target = 'comfortable' | 'fits';
const meets = (plan: PlanResult, target: Target): boolean =>
  target === 'fits' ? plan.fits : plan.headroom === 'comfortable';

/**
 * The fewest data-parallel replicas, in steps of `unit`, at which a base layout meets the target:
 * per-GPU memory never rises as replicas are added (a property the tests check), so doubling then
 * bisection finds it.
 */
function smallestMeeting(
  ctx: MemoryContext,
  base: Layout,
  unit: number,
  maxReplicas: number,
  target: Target,
): PlanResult | null {
  const most = Math.floor(maxReplicas / unit);
  if (most < 1) return null;
  const at = (k: number) => evaluatePlan(ctx, { ...base, dataParallel: k * unit });
  let high = 1;
  let found = at(high);
  while (!meets(found, target)) {
    if (high >= most || FRAMEWORK_RULES[found.framework].zeroStage === 0) return null;
    high = Math.min(high * 2, most);
    found = at(high);
  }
  let low = Math.floor(high / 2);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const result = at(middle);
    if (meets(result, target)) {
      high = middle;
      found = result;
    } else low = middle;
  }
  return found;
}

/** A multi-node plan grown to whole nodes, when asked: more replicas never need more per GPU. */
function toWholeNodes(ctx: MemoryContext, plan: PlanResult, unit: number): PlanResult {
  const perNode = ctx.scenario.gpu.gpusPerNode;
  if (!ctx.scenario.wholeNodes || plan.gpus <= perNode) return plan;
  let dp = plan.layout.dataParallel;
  const others = plan.gpus / dp;
  for (let tries = 0; tries < perNode && (others * dp) % perNode !== 0; tries++) dp += unit;
  return (others * dp) % perNode === 0
    ? evaluatePlan(ctx, { ...plan.layout, dataParallel: dp })
    : plan;
}

/** Why a framework cannot run this scenario at all, before any search. */
function unavailable(ctx: MemoryContext, framework: Framework): string | null {
  const s = ctx.scenario;
  if (framework === 'megatron' && !trainsAllWeights(s))
    return 'Megatron-LM trains every weight; LoRA runs under DDP, FSDP or DeepSpeed';
  return offloadProblem(framework, s.offloadOptimizer, s.offloadParams);
}

/** The best plan of one framework (docs/method.md §12), or why there is none. */
export function searchFramework(ctx: MemoryContext, framework: Framework): FrameworkPlan {
  const problem = unavailable(ctx, framework);
  if (problem) return { framework, plan: null, reason: problem };
  const s = ctx.scenario;
  const stage = FRAMEWORK_RULES[framework].zeroStage;
  const kept: { best: PlanResult | null; closest: PlanResult | null } = {
    best: null,
    closest: null,
  };
  const consider = (base: Layout, unit: number): boolean => {
    const fixed = base.tensorParallel * base.pipelineParallel * (base.contextParallel ?? 1);
    // A tight best plan still loses to a comfortable one with more GPUs, so only a comfortable one bounds the search.
    const budget = kept.best?.headroom === 'comfortable' ? kept.best.gpus : MAX_GPUS;
    if (fixed * unit > budget) return false;
    const most = Math.floor(budget / fixed);
    const found =
      smallestMeeting(ctx, base, unit, most, 'comfortable') ??
      smallestMeeting(ctx, base, unit, most, 'fits');
    if (found) {
      const plan = toWholeNodes(ctx, found, unit);
      if (kept.best === null || comparePlans(plan, kept.best) < 0) kept.best = plan;
      return true;
    }
    const widest = evaluatePlan(ctx, base);
    if (kept.closest === null || widest.perGpuBytes < kept.closest.perGpuBytes)
      kept.closest = widest;
    return false;
  };
  for (const tensorParallel of tensorCandidates(framework, s.model, s.gpu))
    for (const pipelineParallel of pipelineCandidates(framework, s.model.layers))
      for (const expertParallel of expertCandidates(framework, s.model, s.gpu)) {
        const layoutAt = (contextParallel: number): [Layout, number] => {
          const unit = expertParallel / gcd(expertParallel, contextParallel);
          return [
            {
              tensorParallel,
              pipelineParallel,
              dataParallel: unit,
              zeroStage: stage,
              sequenceParallel: tensorParallel > 1,
              framework,
              contextParallel,
              expertParallel,
            },
            unit,
          ];
        };
        const [whole, unit] = layoutAt(1);
        consider(whole, unit);
        // Context parallelism only when needed: when one sequence's activations leave no room.
        if (!activationBound(ctx, evaluatePlan(ctx, whole))) continue;
        for (const contextParallel of contextCandidates(framework, s.seqLen).slice(1))
          if (consider(...layoutAt(contextParallel))) break;
      }
  if (kept.best) return { framework, plan: kept.best, reason: null };
  return { framework, plan: null, reason: noFitReason(ctx, framework, kept.closest) };
}

/** Whether the activations, the loss and the overhead alone leave no room below the tight threshold. */
function activationBound(ctx: MemoryContext, plan: PlanResult): boolean {
  const backward = plan.memory.timeline.phases[1]!.parts;
  return backward.activations + backward.overhead > ctx.capacityBytes * TIGHT_THRESHOLD;
}

function noFitReason(ctx: MemoryContext, framework: Framework, closest: PlanResult | null): string {
  const rules = FRAMEWORK_RULES[framework];
  if (rules.zeroStage === 0) return 'every GPU holds all the model states, which do not fit on one';
  if (closest && closest.perGpu.activations + closest.perGpu.overhead > ctx.capacityBytes)
    return 'activations and overhead alone exceed one GPU; recompute activations, or lower the batch or sequence';
  if (rules.shardsWithinNode)
    return `sharding stops at one node of ${ctx.scenario.gpu.gpusPerNode} GPUs, which is not enough`;
  if (!rules.modelParallel && rules.zeroStage < 3)
    return `every GPU keeps the whole ${rules.zeroStage === 1 ? 'weights and gradients' : 'weights'}, which with the activations do not fit`;
  if (
    rules.modelParallel &&
    tensorCandidates(framework, ctx.scenario.model, ctx.scenario.gpu).length === 1
  )
    return `no layout of up to ${toFraction(MAX_GPUS, 0)} GPUs fits without tensor parallelism, which needs NVLink-class links`;
  return `no layout of up to ${toFraction(MAX_GPUS, 0)} GPUs fits`;
}

/** Every framework's best plan, best first (docs/method.md §12). */
export function searchPlans(ctx: MemoryContext): FrameworkPlan[] {
  const found = FRAMEWORKS.map((framework) => searchFramework(ctx, framework));
  return found.sort((a, b) =>
    a.plan && b.plan
      ? comparePlans(a.plan, b.plan)
      : Number(b.plan !== null) - Number(a.plan !== null),
  );
}

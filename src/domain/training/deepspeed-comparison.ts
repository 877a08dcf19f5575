import { trainsAllWeights } from '../model-state-totals';
import { createMemoryContext } from '../per-gpu-memory';
import type { ResolvedScenario } from '../scenario';
import type { ParameterBreakdown } from '../parameters';
import { zero2Table, zero3Table, type DeepSpeedRow } from './deepspeed-estimator';
import { evaluatePlan } from './plan-search';
import type { OffloadDevice } from './frameworks';

/** One row of DeepSpeed's printed estimate, with this calculator's count beside it when it has one. */
export interface DeepSpeedComparisonRow {
  stage: 2 | 3;
  row: DeepSpeedRow;
  /** Our model states on one GPU at their peak (weights, gradients, optimizer, gathered layer, buckets, temporaries). */
  oursGpuBytes: number | null;
  /** Our host memory per node for the same offload. */
  oursHostBytes: number | null;
}

/** The hardware DeepSpeed's estimators take for a plan of `gpus` GPUs. */
export function deepSpeedHardware(gpus: number, gpusPerNode: number) {
  const perNode = Math.min(gpus, gpusPerNode);
  return { gpusPerNode: perNode, nodes: Math.ceil(gpus / perNode) };
}

/** Ours for one option of DeepSpeed's table: its ZeRO stage and offload on the same GPUs, by our rules. */
function ours(
  s: ResolvedScenario,
  stage: 2 | 3,
  gpus: number,
  offloadOptimizer: OffloadDevice,
  offloadParams: OffloadDevice,
) {
  const ctx = createMemoryContext({
    ...s,
    offloadOptimizer,
    offloadParams,
    stateAccounting: 'framework',
  });
  const plan = evaluatePlan(ctx, {
    tensorParallel: 1,
    pipelineParallel: 1,
    dataParallel: gpus,
    zeroStage: stage,
    sequenceParallel: false,
    framework: stage === 2 ? 'zero2' : 'zero3',
  });
  const states = Math.max(
    ...plan.memory.timeline.phases.map(
      (p) => p.parts.weights + p.parts.gradients + p.parts.optimizer,
    ),
  );
  return { gpu: states, host: plan.hostBytesPerNode };
}

/**
 * DeepSpeed's ZeRO-2 and ZeRO-3 tables for `gpus` GPUs (docs/method.md §15), as
 * estimate_zero*_model_states_mem_needs_all_cold prints them, each beside our count of the same
 * option. Ours has no zero_init=0 (every process first building the fp32 model in CPU memory).
 * Only for scenarios that train every weight, as DeepSpeed's estimator assumes.
 */
export function deepSpeedComparison(
  s: ResolvedScenario,
  params: ParameterBreakdown,
  gpus: number,
): DeepSpeedComparisonRow[] | null {
  if (!trainsAllWeights(s)) return null;
  const hw = deepSpeedHardware(gpus, s.gpu.gpusPerNode);
  const rows: DeepSpeedComparisonRow[] = [];
  for (const row of zero2Table(params.total, hw)) {
    const mine = ours(s, 2, gpus, row.offloadOptimizer ? 'cpu' : 'none', 'none');
    rows.push({ stage: 2, row, oursGpuBytes: mine.gpu, oursHostBytes: mine.host });
  }
  for (const row of zero3Table(params.total, params.largestLayer, hw)) {
    const mine = row.zeroInit
      ? ours(s, 3, gpus, row.offloadOptimizer ? 'cpu' : 'none', row.offloadParams ? 'cpu' : 'none')
      : null;
    rows.push({
      stage: 3,
      row,
      oursGpuBytes: mine?.gpu ?? null,
      oursHostBytes: mine?.host ?? null,
    });
  }
  return rows;
}

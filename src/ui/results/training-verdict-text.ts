import type { Estimate } from '../../domain/estimate';
import { FRAMEWORK_RULES } from '../../domain/training/frameworks';
import type { PlanResult } from '../../domain/training/plan-search';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn, formatInteger, formatNumber } from '../../lib/format';
import { offloadName, planName } from '../../lib/plan-name';
import type { VerdictText } from './verdict-text';

/** "FSDP full shard on 3 × A100 80GB": the plan and the GPUs it takes. */
export function planOnGpus(plan: PlanResult, gpuName: string): string {
  if (plan.gpus === 1) return `one ${gpuName}`;
  return `${planName(plan.layout)} on ${formatInteger(plan.gpus)} × ${gpuName}`;
}

/** Per-GPU use as a share of the usable memory: "93%". */
export const percentOfUsable = (plan: PlanResult): string =>
  `${formatNumber((plan.perGpuBytes / plan.capacityBytes) * 100)}%`;

/** A shorter plan that fits, in words, when full recomputation would take fewer GPUs. */
export interface RecomputeHint {
  plan: PlanResult;
}

function headlineOf(e: Estimate, plan: PlanResult, unit: UnitSystem): string {
  const s = e.scenario;
  const gpu = s.gpu.name;
  const bytes = (value: number) => formatBytesIn(value, unit);
  const tight =
    plan.headroom === 'tight' ? `, tight at ${percentOfUsable(plan)} of usable memory` : '';
  if (!plan.fits) {
    if (s.layout === 'manual') {
      const count = plan.gpus > 1 ? `${formatInteger(plan.gpus)} × ` : '';
      return `Does not fit: ${bytes(plan.perGpuBytes)} per GPU on ${count}${gpu} (${bytes(plan.capacityBytes)} usable, ${bytes(-plan.freeBytes)} over)`;
    }
    const framework = s.framework === 'auto' ? 'any framework' : FRAMEWORK_RULES[s.framework].label;
    return `Does not fit on ${gpu} with ${framework}`;
  }
  if (plan.gpus === 1) return `Fits on 1 × ${gpu} with ${bytes(plan.freeBytes)} to spare${tight}`;
  if (s.layout === 'manual')
    return `Fits on ${formatInteger(plan.gpus)} × ${gpu} (${planName(plan.layout)}) with ${bytes(plan.freeBytes)} to spare per GPU${tight}`;
  return `${planOnGpus(plan, gpu)}${tight}`;
}

/**
 * The verdict for training and fine-tuning (docs/method.md §12): the plan in force named by its
 * framework setting, how tight it is, what it keeps in host memory, and what the search found
 * besides. The other plans are listed beside it in a table.
 */
export function trainingVerdictText(
  e: Estimate,
  unit: UnitSystem,
  recompute: RecomputeHint | null = null,
): VerdictText {
  const s = e.scenario;
  const training = e.training!;
  const plan = training.plan;
  const gpu = s.gpu.name;
  const bytes = (value: number) => formatBytesIn(value, unit);
  const notes: string[] = [];
  const best = training.best;
  const bestIsBetter = best && (!plan.fits || best.gpus < plan.gpus);
  if (best && bestIsBetter && (s.layout === 'manual' || s.framework !== 'auto')) {
    notes.push(`The best plan of any framework: ${planOnGpus(best, gpu)}.`);
  }
  if (!plan.fits && s.layout === 'auto') {
    const reason = training.plans.find((p) => p.framework === plan.framework)?.reason;
    if (reason && s.framework !== 'auto')
      notes.push(`${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`);
  }
  if (plan.hostBytesPerNode > 0) {
    const offload = offloadName(s.offloadOptimizer, s.offloadParams);
    notes.push(
      `Keeps ${bytes(plan.hostBytesPerNode)} in host memory on each node${offload ? ` (${offload})` : ' (paged optimizer state)'}.`,
    );
  }
  if (plan.nvmeBytesPerNode > 0)
    notes.push(`Keeps ${bytes(plan.nvmeBytesPerNode)} on NVMe on each node.`);
  if (!training.plainDdp.fits && plan.gpus > 1) {
    notes.push(
      `Does not fit with plain DDP at any size: each GPU would hold the full ${bytes(training.plainDdp.perGpuBytes)} (${bytes(plan.capacityBytes)} usable).`,
    );
  }
  if (recompute && (!plan.fits || recompute.plan.gpus < plan.gpus)) {
    notes.push(
      `With full activation checkpointing (gradient_checkpointing=True in Hugging Face, --recompute-granularity full in Megatron-LM): ${planOnGpus(recompute.plan, gpu)}.`,
    );
  }
  return {
    fits: plan.fits,
    tight: plan.fits && plan.headroom === 'tight',
    headline: headlineOf(e, plan, unit),
    notes,
  };
}

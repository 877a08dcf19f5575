import type { Estimate } from '../../domain/estimate';
import { FRAMEWORK_RULES, type Framework } from '../../domain/training/frameworks';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn, formatInteger, formatNumber } from '../../lib/format';
import { planName } from '../../lib/plan-name';
import { STEP_PHASE_LABELS } from '../charts/step-timeline-rows';

/** One framework's plan as the plans table shows it. */
export interface PlanTableRow {
  framework: Framework;
  /** "FSDP full shard" */
  name: string;
  /** The setting that gives it, as its users write it. */
  setting: string;
  /** "3", or "—" when it has no plan. */
  gpus: string;
  /** The splits, "TP 8 × PP 8 with sequence parallel", or null for pure data parallelism. */
  layout: string | null;
  /** "63.4 GB (78%)" */
  perGpu: string;
  status: 'Room to spare' | 'Tight' | 'Does not fit';
  /** Why a framework has no plan, or where its step peaks. */
  detail: string;
  /** Host memory per node, for offload and paged optimizers; null when none. */
  host: string | null;
  /** The plan the verdict leads with. */
  isInForce: boolean;
}

/** Every framework's plan, best first, for the table beside the verdict (docs/method.md §12). */
export function planTableRows(e: Estimate, unit: UnitSystem): PlanTableRow[] {
  const training = e.training;
  if (!training) return [];
  const bytes = (value: number) => formatBytesIn(value, unit);
  return training.plans.map(({ framework, plan, reason }) => {
    const rules = FRAMEWORK_RULES[framework];
    const isInForce = e.scenario.layout === 'auto' && plan !== null && plan === training.plan;
    if (!plan)
      return {
        framework,
        name: rules.label,
        setting: rules.setting,
        gpus: '—',
        layout: null,
        perGpu: '—',
        status: 'Does not fit',
        detail: reason ?? 'no plan fits',
        host: null,
        isInForce: false,
      };
    const name = planName(plan.layout);
    const peak = STEP_PHASE_LABELS[plan.memory.timeline.peak].toLowerCase();
    return {
      framework,
      name: rules.label,
      setting: rules.setting,
      gpus: formatInteger(plan.gpus),
      layout: name === rules.label || name === 'one GPU' ? null : name,
      perGpu: `${bytes(plan.perGpuBytes)} (${formatNumber((plan.perGpuBytes / plan.capacityBytes) * 100)}%)`,
      status: plan.headroom === 'tight' ? 'Tight' : 'Room to spare',
      detail: `peaks at the ${peak}`,
      host:
        plan.hostBytesPerNode + plan.nvmeBytesPerNode > 0
          ? [
              plan.hostBytesPerNode > 0 ? `${bytes(plan.hostBytesPerNode)} host` : null,
              plan.nvmeBytesPerNode > 0 ? `${bytes(plan.nvmeBytesPerNode)} NVMe` : null,
            ]
              .filter((text) => text !== null)
              .join(', ')
          : null,
      isInForce,
    };
  });
}

import type { ZeroStage } from '../domain/memory/model-states';
import type { Layout } from '../domain/layout';
import { formatInteger } from './format';
import { planName } from './plan-name';

import type { LayoutResult } from '../domain/gpu-search';

/** "1 GPU", "8 GPUs". */
export const gpuCountName = (gpus: number): string =>
  gpus === 1 ? '1 GPU' : `${formatInteger(gpus)} GPUs`;

/** A layout with its GPU count: "1 GPU", "8 GPUs: TP 2 × DP 4 (ZeRO-3)". */
export function layoutWithCount(result: LayoutResult): string {
  const count = gpuCountName(result.gpus);
  return result.gpus === 1 ? count : `${count}: ${layoutName(result.layout)}`;
}

/** "Without ZeRO" for stage 0, else "ZeRO-2". */
export function stageName(stage: ZeroStage): string {
  return stage === 0 ? 'Without ZeRO' : `ZeRO-${stage}`;
}

/**
 * A layout in words: one dimension spelled out ("tensor parallel 8", "ZeRO-3"), several joined
 * in short form ("TP 8 × PP 2", "TP 2 × DP 3 (ZeRO-3)"); "one GPU" when nothing is split.
 * ZeRO is named only when it shards something, i.e. over more than one data-parallel GPU.
 */
export function layoutName(layout: Layout, { withZero = true } = {}): string {
  // A training plan names its framework ("FSDP full shard", "Megatron-LM TP 8 × PP 8").
  if (layout.framework) return planName(layout);
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp, zeroStage } = layout;
  const sharded = withZero && zeroStage > 0 && dp > 1;
  const zero = `ZeRO-${zeroStage}`;
  const parts: [string, string, number][] = [];
  if (tp > 1) parts.push(['TP', 'tensor parallel', tp]);
  if (pp > 1) parts.push(['PP', 'pipeline parallel', pp]);
  if (dp > 1) parts.push(['DP', 'data parallel', dp]);
  let name: string;
  if (parts.length === 0) {
    name = 'one GPU';
  } else if (parts.length === 1) {
    const [, long, size] = parts[0]!;
    name = long === 'data parallel' && sharded ? zero : `${long} ${formatInteger(size)}`;
  } else {
    name = parts.map(([short, , size]) => `${short} ${formatInteger(size)}`).join(' × ');
    if (sharded) name += ` (${zero})`;
  }
  return layout.sequenceParallel && tp > 1 ? `${name} and sequence parallel` : name;
}

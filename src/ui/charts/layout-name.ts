import type { LayoutResult } from '../../domain/gpu-search';
import { formatInteger } from '../../lib/format';

/** "1 GPU", "8 GPUs". */
export const gpuCountName = (gpus: number): string =>
  gpus === 1 ? '1 GPU' : `${formatInteger(gpus)} GPUs`;

/** A layout in a few words: "1 GPU", or "8 GPUs: TP 2 × DP 4, ZeRO-3" (tensor × pipeline × data parallel). */
export function layoutName(result: LayoutResult): string {
  if (result.gpus === 1) return gpuCountName(1);
  const { tensorParallel, pipelineParallel, dataParallel, zeroStage } = result.layout;
  const splits = [
    tensorParallel > 1 ? `TP ${formatInteger(tensorParallel)}` : null,
    pipelineParallel > 1 ? `PP ${formatInteger(pipelineParallel)}` : null,
    dataParallel > 1 ? `DP ${formatInteger(dataParallel)}` : null,
  ].filter((split) => split !== null);
  // ZeRO only shards across data-parallel replicas; with one replica the stage changes nothing.
  const zero = dataParallel > 1 && zeroStage > 0 ? `, ZeRO-${zeroStage}` : '';
  return `${gpuCountName(result.gpus)}: ${splits.join(' × ')}${zero}`;
}

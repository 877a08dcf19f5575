import { evaluateLayout, type LayoutResult, type StageSearch } from '../gpu-search';
import type { Layout } from '../layout';
import type { MemoryContext } from '../per-gpu-memory';
import { ENGINE_NAMES } from './engines';

/** Pipeline stages go across nodes, so a multi-node plan stops at this many nodes. */
export const MAX_SERVING_NODES = 64;

/**
 * Tensor-parallel sizes an engine accepts: powers of two within one node that divide the attention
 * heads, with the KV heads divisible by t, or t by them, in which case each KV head is replicated
 * t ÷ kv times (vLLM's QKVParallelLinear: num_kv_head_replicas = divide(tp_size,
 * total_num_kv_heads)). llama.cpp splits by layer instead, so its only size is 1.
 */
export function servingTensorParallelSizes(ctx: MemoryContext): number[] {
  const { model, gpu, engine } = ctx.scenario;
  if (engine === 'llamacpp') return [1];
  const sizes: number[] = [];
  for (let t = 1; t <= gpu.gpusPerNode; t *= 2) {
    if (model.heads % t !== 0) continue;
    if (model.kvLoraRank === null && model.kvHeads % t !== 0 && t % model.kvHeads !== 0) continue;
    sizes.push(t);
  }
  return sizes.length > 0 ? sizes : [1];
}

const layoutOf = (tensorParallel: number, pipelineParallel: number): Layout => ({
  tensorParallel,
  pipelineParallel,
  dataParallel: 1,
  zeroStage: 0,
  sequenceParallel: false,
});

/**
 * The smallest serving layout that fits (docs/method.md §11): tensor parallelism within one node,
 * smallest first; then whole nodes joined by pipeline parallelism at the widest tensor size, as the
 * engines run pipeline stages across nodes. llama.cpp splits layers over the node's GPUs instead.
 */
export function searchServingLayout(ctx: MemoryContext): StageSearch {
  const s = ctx.scenario;
  const fitting = (layout: Layout): LayoutResult | null => {
    const result = evaluateLayout(ctx, layout);
    return result.fits ? result : null;
  };
  if (s.engine === 'llamacpp') {
    for (let gpus = 1; gpus <= Math.min(s.gpu.gpusPerNode, s.model.layers); gpus++) {
      const found = fitting(layoutOf(1, gpus));
      if (found) return { zeroStage: 0, fit: found, reason: null };
    }
    return {
      zeroStage: 0,
      fit: null,
      reason: `llama.cpp does not fit on one node of ${s.gpu.gpusPerNode} GPUs; offload fewer layers (-ngl) or shorten the context`,
    };
  }
  const sizes = servingTensorParallelSizes(ctx);
  for (const t of sizes) {
    const found = fitting(layoutOf(t, 1));
    if (found) return { zeroStage: 0, fit: found, reason: null };
  }
  const widest = Math.max(...sizes);
  for (let nodes = 2; nodes <= Math.min(MAX_SERVING_NODES, s.model.layers); nodes++) {
    const found = fitting(layoutOf(widest, nodes));
    if (found) return { zeroStage: 0, fit: found, reason: null };
  }
  return {
    zeroStage: 0,
    fit: null,
    reason: `${ENGINE_NAMES[s.engine]} does not fit on up to ${MAX_SERVING_NODES} nodes of ${s.gpu.gpusPerNode} GPUs at TP ${widest}`,
  };
}

/** Whole nodes a serving layout occupies: a multi-node plan pays for every GPU of each node. */
export const servingNodes = (layout: Layout, gpusPerNode: number): number =>
  Math.ceil((layout.tensorParallel * layout.pipelineParallel) / gpusPerNode);

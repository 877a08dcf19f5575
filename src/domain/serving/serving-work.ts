import type { ResolvedScenario } from '../scenario';
import type { WorkItem } from '../work';
import { expectedExpertsTouched } from './decode-speed';
import type { EngineDetail, EngineMemory } from './engine-memory';
import { CUDA_HIDDEN_BYTES, ENGINE_NAMES, STARTUP_USED_BYTES } from './engines';
import { BANDWIDTH_EFFICIENCY } from './serving-settings';
import type { ServingPlan } from './serving-plan';
import { VLLM_SAMPLER_BYTES_PER_LOGIT } from './vllm-budget';

const SOURCE = 'docs/method.md §11 (the engine’s memory rules, with each constant’s source)';

type PartWork = Pick<WorkItem, 'formula' | 'values'>;

/** The work of the activations, KV cache and overhead under one engine's rules. */
function engineWork(
  d: EngineDetail,
  s: ResolvedScenario,
): Record<'activations' | 'kvCache' | 'overhead', PartWork> {
  const b = { symbol: 'b', meaning: 'requested sequences', value: s.batch };
  switch (d.engine) {
    case 'vllm':
      return {
        activations: {
          formula: `one layer(max_num_batched_tokens) ÷ t + min(max_num_seqs, tokens) · V · ${VLLM_SAMPLER_BYTES_PER_LOGIT.value}`,
          values: [
            {
              symbol: 'max_num_batched_tokens',
              meaning: 'profile run tokens',
              value: d.limits.maxNumBatchedTokens,
            },
            { symbol: 'max_num_seqs', meaning: 'profile run requests', value: d.limits.maxNumSeqs },
            { symbol: 'V', meaning: 'vocabulary', value: s.model.vocab },
          ],
        },
        kvCache: {
          formula: 'max(b · blocks per request · page · group size, one request of max_model_len)',
          values: [
            b,
            {
              symbol: 'blocks per request',
              meaning: `blocks of ${d.pages.blockSize} tokens, all groups`,
              value: d.requestBlocks / s.batch,
            },
            {
              symbol: 'page',
              meaning: 'bytes of one block of one layer',
              value: d.pages.pageBytes,
            },
            { symbol: 'group size', meaning: 'layers sharing one block', value: d.pages.groupSize },
            { symbol: 'max_model_len', meaning: 'tokens', value: d.maxModelLen },
            {
              symbol: 'available',
              meaning: 'KV cache memory, bytes',
              value: d.budget.availableKvBytes,
            },
          ],
        },
        overhead: {
          formula: 'driver total − total · gpu_memory_utilization + non-torch + CUDA graphs',
          values: [
            { symbol: 'total', meaning: 'memory CUDA sees, bytes', value: d.budget.totalBytes },
            {
              symbol: 'gpu_memory_utilization',
              meaning: 'fraction vLLM may use',
              value: d.budget.gpuMemoryUtilization,
            },
            { symbol: 'non-torch', meaning: 'bytes', value: d.budget.nonTorchBytes },
            { symbol: 'CUDA graphs', meaning: 'bytes', value: d.budget.cudaGraphBytes },
          ],
        },
      };
    case 'sglang':
      return {
        activations: {
          formula: '0: inside the (1 − mem_fraction_static) reserve',
          values: [
            { symbol: 'chunked_prefill_size', meaning: 'tokens', value: d.chunkedPrefillSize },
          ],
        },
        kvCache: {
          formula: 'b · tokens · cell',
          values: [
            b,
            { symbol: 'tokens', meaning: 'prompt + generated', value: d.requestTokens },
            { symbol: 'cell', meaning: 'bytes per token, all layers', value: d.cellBytes },
          ],
        },
        overhead: {
          formula: 'driver total − free at start · mem_fraction_static',
          values: [
            { symbol: 'free at start', meaning: 'bytes', value: d.freeAtStartBytes },
            { symbol: 'mem_fraction_static', meaning: 'fraction', value: d.fraction },
          ],
        },
      };
    case 'trtllm':
      return {
        activations: {
          formula: 'one layer(max_num_tokens) ÷ t',
          values: [
            { symbol: 'max_num_tokens', meaning: 'profile run tokens', value: d.maxNumTokens },
          ],
        },
        kvCache: {
          formula: `b · ⌈tokens ÷ ${d.tokensPerBlock}⌉ · ${d.tokensPerBlock} · bytes per token`,
          values: [b, { symbol: 'bytes per token', meaning: 'all layers', value: d.bytesPerToken }],
        },
        overhead: {
          formula: 'hidden + start-up + (1 − free_gpu_memory_fraction) · (total − peak)',
          values: [
            { symbol: 'peak', meaning: 'profile run peak, bytes', value: d.peakBytes },
            { symbol: 'free_gpu_memory_fraction', meaning: 'fraction', value: d.fraction },
          ],
        },
      };
    case 'llamacpp':
      return {
        activations: {
          formula: 'n_ubatch · V · 4 (compute buffer)',
          values: [{ symbol: 'V', meaning: 'vocabulary', value: s.model.vocab }],
        },
        kvCache: {
          formula: 'cells · (K + V bytes) per offloaded layer',
          values: [
            { symbol: '-c', meaning: 'cells', value: d.contextCells },
            { symbol: '-ngl', meaning: 'layers offloaded', value: d.gpuLayerArgument },
          ],
        },
        overhead: {
          formula: 'hidden + start-up + --fit-target',
          values: [
            { symbol: 'hidden', meaning: 'bytes CUDA never sees', value: CUDA_HIDDEN_BYTES.value },
            { symbol: 'start-up', meaning: 'CUDA context, bytes', value: STARTUP_USED_BYTES.value },
            { symbol: '--fit-target', meaning: 'bytes', value: d.marginBytes },
          ],
        },
      };
  }
}

/** "Show the work" under a serving engine: its activations, KV cache and overhead replace §6's. */
export function servingWork(
  items: WorkItem[],
  s: ResolvedScenario,
  plan: ServingPlan | null,
): WorkItem[] {
  const memory: EngineMemory | null = plan?.memory ?? null;
  if (!memory) return items;
  const work = engineWork(memory.detail, s);
  return items.map((item) =>
    item.part === 'activations' || item.part === 'kvCache' || item.part === 'overhead'
      ? { ...item, ...work[item.part], perGpuBytes: memory.parts[item.part], source: SOURCE }
      : item,
  );
}

/** What the serving figures assume, in words with this scenario's numbers. */
export function servingAssumptions(s: ResolvedScenario, plan: ServingPlan | null): string[] {
  if (!plan) return [];
  const list: string[] = [];
  const efficiency = Math.round(plan.speed.efficiency * 100);
  list.push(
    `Memory follows ${ENGINE_NAMES[plan.engine]}'s rules${plan.memory ? ', each constant with its source in docs/method.md §11' : ' (docs/method.md §6)'}.`,
  );
  list.push(
    `Decoding reads the weights once per step for the whole batch, plus each sequence's KV cache, at ${efficiency}% of the memory bandwidth (${s.bandwidthEfficiency === null ? BANDWIDTH_EFFICIENCY[s.engine].source : 'your setting'}).`,
  );
  if (s.model.experts > 1) {
    const touched = expectedExpertsTouched(s.model.experts, s.model.expertsPerToken, s.batch);
    list.push(
      `A step of ${s.batch} sequences is expected to touch ${touched.toFixed(1)} of ${s.model.experts} experts per layer (uniform top-${s.model.expertsPerToken} routing), and reads only those.`,
    );
  }
  list.push(`Prefill runs on the ${plan.speed.rate.precision} tensor cores.`);
  return list;
}

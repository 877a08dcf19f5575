import type { CacheLayerGroup, CacheLayerKind } from '../memory/kv-cache';
import { VLLM_KERNEL_BLOCK_ALIGNMENT } from './vllm-defaults';

/** One kind of layer on one vLLM worker: how many, and what a request needs of it. */
export interface VllmLayerSpec {
  kind: CacheLayerKind;
  layers: number;
  /** The local span (window or chunk) in tokens, or null. */
  span: number | null;
  /** KV cache groups of this kind: ⌈layers ÷ group size⌉. */
  groups: number;
}

/** How vLLM pages one worker's KV cache (vllm/v1/core/kv_cache_utils.py, get_kv_cache_config). */
export interface VllmPageLayout {
  /** Tokens per block; raised for hybrids with linear attention so a page holds one state. */
  blockSize: number;
  /** Bytes of one block of one layer, the same for every kind once unified. */
  pageBytes: number;
  specs: VllmLayerSpec[];
  /** Layers that share one pool of blocks: one layer of every group. */
  groupSize: number;
  groupCount: number;
  /** Layers vLLM adds so each kind splits into whole groups ("Add N padding layers"). */
  paddingLayers: number;
}

const cdiv = (a: number, b: number): number => Math.ceil(a / b);

/**
 * The page layout of one worker's cache groups (from cacheLayerGroups on its pipeline stage).
 * Attention pages are block × bytes per token (AttentionSpec.real_page_size_bytes, MLA's without
 * the factor 2); a linear-attention layer's page is its whole state (MambaSpec), and the attention
 * block grows in steps of 16 tokens until its page holds one. Groups: the fewest layers of any
 * kind, or the most when that is under 1.5 times the fewest.
 */
export function vllmPageLayout(
  groups: readonly CacheLayerGroup[],
  baseBlockSize: number,
): VllmPageLayout {
  const attention = groups.filter((g) => g.kind !== 'linear');
  const linear = groups.find((g) => g.kind === 'linear');
  const perToken = attention[0]?.bytesPerToken ?? 0;
  let blockSize = baseBlockSize;
  let pageBytes = blockSize * perToken;
  if (linear) {
    const state = linear.bytesPerSequence;
    if (perToken > 0) {
      const align = VLLM_KERNEL_BLOCK_ALIGNMENT;
      blockSize = Math.max(baseBlockSize, align * cdiv(state, align * perToken));
      pageBytes = blockSize * perToken;
    } else {
      pageBytes = state;
    }
  }
  const counts = groups.map((g) => g.layers);
  const fewest = Math.min(...counts);
  const most = Math.max(...counts);
  const groupSize = groups.length === 1 ? most : most < fewest * 1.5 ? most : fewest;
  const specs = groups.map((g) => ({
    kind: g.kind,
    layers: g.layers,
    span: g.span,
    groups: cdiv(g.layers, groupSize),
  }));
  const groupCount = specs.reduce((sum, s) => sum + s.groups, 0);
  const layers = specs.reduce((sum, s) => sum + s.layers, 0);
  return {
    blockSize,
    pageBytes,
    specs,
    groupSize,
    groupCount,
    paddingLayers: groupCount * groupSize - layers,
  };
}

/**
 * Blocks one layer of a kind holds for a request of `tokens` tokens (each spec's
 * max_memory_usage_bytes): every token for full attention and MLA; a sliding window
 * cdiv(min(window − 1 + max_num_batched_tokens, tokens), block) + 1; a chunk
 * cdiv(min(chunk + max_num_batched_tokens, tokens), block); one state for linear attention.
 */
export function blocksPerLayer(
  spec: Pick<VllmLayerSpec, 'kind' | 'span'>,
  tokens: number,
  blockSize: number,
  maxNumBatchedTokens: number,
): number {
  switch (spec.kind) {
    case 'full':
    case 'mla':
      return cdiv(tokens, blockSize);
    case 'sliding':
      return cdiv(Math.min((spec.span ?? tokens) - 1 + maxNumBatchedTokens, tokens), blockSize) + 1;
    case 'chunked':
      return cdiv(Math.min((spec.span ?? tokens) + maxNumBatchedTokens, tokens), blockSize);
    case 'linear':
      return 1;
  }
}

/** Blocks of the shared pool one request of `tokens` tokens takes: one per group and block. */
export function poolBlocksPerRequest(
  layout: VllmPageLayout,
  tokens: number,
  maxNumBatchedTokens: number,
): number {
  return layout.specs.reduce(
    (sum, s) => sum + s.groups * blocksPerLayer(s, tokens, layout.blockSize, maxNumBatchedTokens),
    0,
  );
}

/** Bytes of one block across the pool: a page in each of the group-size layers that share it. */
export const poolBlockBytes = (layout: VllmPageLayout): number =>
  layout.pageBytes * layout.groupSize;

/** Blocks and tokens vLLM reports: "GPU KV cache size: N tokens" = ⌊blocks ÷ groups⌋ × block. */
export interface VllmBlocks {
  numBlocks: number;
  tokens: number;
}

/** num_blocks = ⌊available ÷ page ÷ group size⌋ (get_num_blocks), and the tokens it reports. */
export function vllmBlocks(layout: VllmPageLayout, availableKvBytes: number): VllmBlocks {
  const numBlocks = Math.max(0, Math.floor(availableKvBytes / layout.pageBytes / layout.groupSize));
  return {
    numBlocks,
    tokens: Math.floor(numBlocks / layout.groupCount) * layout.blockSize,
  };
}

/**
 * "Maximum concurrency for N tokens per request" (get_max_concurrency_for_kv_cache_config):
 * the blocks over the blocks one request of max_model_len needs in every group.
 */
export function vllmMaxConcurrency(
  layout: VllmPageLayout,
  numBlocks: number,
  maxModelLen: number,
  maxNumBatchedTokens: number,
): number {
  return numBlocks / poolBlocksPerRequest(layout, maxModelLen, maxNumBatchedTokens);
}

/**
 * KV memory vLLM checks one request of max_model_len against before it starts
 * (_check_enough_kv_cache_memory): every layer's max_memory_usage_bytes, summed.
 */
export function vllmStartNeedBytes(
  layout: VllmPageLayout,
  maxModelLen: number,
  maxNumBatchedTokens: number,
): number {
  return layout.specs.reduce(
    (sum, s) =>
      sum +
      s.layers *
        blocksPerLayer(s, maxModelLen, layout.blockSize, maxNumBatchedTokens) *
        layout.pageBytes,
    0,
  );
}

/**
 * The longest max_model_len whose one request fits the available KV memory, up to `ceiling` (the
 * model's context): what `--max-model-len auto` picks and what the start-up error calls "the
 * estimated maximum model length" (_auto_fit_max_model_len, _estimate_max_model_len). 0 when not
 * even one token fits.
 */
export function vllmLongestModelLen(
  layout: VllmPageLayout,
  availableKvBytes: number,
  maxNumBatchedTokens: number,
  ceiling: number,
): number {
  const fits = (len: number) =>
    vllmStartNeedBytes(layout, len, maxNumBatchedTokens) <= availableKvBytes;
  if (!fits(1)) return 0;
  if (fits(ceiling)) return ceiling;
  let low = 1;
  let high = ceiling;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

import { cachedTokens, cacheLayerGroups } from './memory/kv-cache';
import { kvBytesPerElement, kvElement, stateBytesPerElement } from './model-state-totals';
import type { ResolvedScenario } from './scenario';
import type { WorkItem, WorkValue } from './work';

const KV_SOURCE =
  'vLLM / PagedAttention (Kwon et al. 2023) and vLLM’s KV-cache specs per layer kind; docs/method.md §6';

/**
 * The KV cache's work: ordinary attention 2·⌈L ÷ pp⌉·⌈kv ÷ t⌉·d·bytes per token, MLA's latent
 * of r_kv + d_rope per token on every rank, local layers held to their window or chunk, and
 * linear attention's fixed state per sequence.
 */
export function kvCacheWork(
  s: ResolvedScenario,
  t: number,
  pp: number,
  perGpuBytes: number,
): WorkItem {
  const m = s.model;
  const groups = cacheLayerGroups(m, kvBytesPerElement(s), t, stateBytesPerElement(s));
  const kinds = new Set(groups.map((g) => g.kind));
  const values: WorkValue[] = [{ symbol: 'L', meaning: 'layers', value: m.layers }];
  let formula: string;
  if (kinds.has('mla')) {
    formula = '⌈L ÷ pp⌉ · (r_kv + d_rope) · bytes · tokens · b';
    values.push(
      {
        symbol: 'r_kv',
        meaning: 'latent key/value rank, cached on every GPU',
        value: m.kvLoraRank ?? 0,
      },
      { symbol: 'd_rope', meaning: 'rotary key dimension', value: m.qkRopeHeadDim },
    );
  } else {
    formula = '⌈L ÷ pp⌉ · ⌈kv ÷ t⌉ · (d + d_v) · bytes · tokens · b';
    values.push(
      { symbol: 'kv', meaning: 'key/value heads', value: m.kvHeads },
      { symbol: 'd', meaning: 'key head dimension', value: m.headDim },
      { symbol: 'd_v', meaning: 'value head dimension', value: m.vHeadDim ?? m.headDim },
    );
  }
  values.push(
    { symbol: 'bytes', meaning: 'bytes per KV element', value: kvBytesPerElement(s) },
    {
      symbol: 'tokens',
      meaning: 'cached tokens per sequence (prompt + generated)',
      value: cachedTokens(m, s.seqLen, s.generatedTokens),
    },
    { symbol: 'b', meaning: 'sequences', value: s.batch },
    { symbol: 't', meaning: 'tensor-parallel size', value: t },
    { symbol: 'pp', meaning: 'pipeline stages', value: pp },
  );
  const local = groups.find((g) => g.kind === 'sliding' || g.kind === 'chunked');
  if (local) {
    formula += `, the ${local.layers} ${local.kind === 'chunked' ? 'chunked' : 'sliding-window'} layers at most W tokens`;
    values.push({ symbol: 'W', meaning: 'window or chunk, in tokens', value: local.span ?? 0 });
  }
  const linear = groups.find((g) => g.kind === 'linear');
  if (linear) {
    formula += ' + L_lin ÷ pp · state · b';
    values.push(
      { symbol: 'L_lin', meaning: 'linear-attention layers (no KV cache)', value: linear.layers },
      {
        symbol: 'state',
        meaning: 'bytes of recurrent state per layer and sequence',
        value: linear.bytesPerSequence,
      },
    );
  }
  const scales = kvElement(s).scaleBytesPerLayer;
  if (scales > 0) {
    formula += ' + ⌈L ÷ pp⌉ · scales';
    values.push({
      symbol: 'scales',
      meaning: 'bytes of fp32 k and v scales per attention layer',
      value: scales,
    });
  }
  return { part: 'kvCache', formula, values, perGpuBytes, source: KV_SOURCE };
}

import { KV_FORMATS, isKvFormatId } from '../formats/kv-formats';
import { KV_DTYPES, type KvDtype } from '../scenario';
import { ENGINE_NAMES, ENGINES, type Engine } from './engines';
import { LLAMACPP_CACHE_TYPES } from './llamacpp';

/**
 * The KV dtypes each engine caches in, with the value its flag takes; null where the engine is
 * started without one (the cache follows the weights). Checked against each engine's own code:
 * vLLM `--kv-cache-dtype` auto, fp8, fp8_e4m3, fp8_e5m2 among others (vllm/config/cache.py CacheDType);
 * SGLang `--kv-cache-dtype` {auto, fp8_e5m2, fp8_e4m3} (python/sglang/srt/server_args.py);
 * TensorRT-LLM `trtllm-serve --kv_cache_dtype` {auto, fp8, nvfp4}, fp8 being e4m3 (PR #11487);
 * llama.cpp `-ctk` / `-ctv` (common/arg.cpp kv_cache_types). Plain PyTorch keeps the seed's
 * dtypes, which every link has carried.
 */
export const ENGINE_KV_VALUES: Readonly<
  Record<Engine, Readonly<Partial<Record<KvDtype, string | null>>>>
> = {
  vllm: {
    auto: null,
    fp32: null,
    bf16: null,
    fp16: null,
    fp8: 'fp8',
    'fp8-e4m3': 'fp8_e4m3',
    'fp8-e5m2': 'fp8_e5m2',
  },
  sglang: {
    auto: null,
    fp32: null,
    bf16: null,
    fp16: null,
    fp8: 'fp8_e4m3',
    'fp8-e4m3': 'fp8_e4m3',
    'fp8-e5m2': 'fp8_e5m2',
  },
  trtllm: { auto: null, fp32: null, bf16: null, fp16: null, fp8: 'fp8', 'fp8-e4m3': 'fp8' },
  llamacpp: LLAMACPP_CACHE_TYPES,
  hf: { auto: null, fp32: null, bf16: null, fp16: null, fp8: null, int8: null, int4: null },
};

/** A KV dtype's short name, as messages and the launch command's notes print it. */
export const kvDtypeName = (kv: KvDtype): string => (isKvFormatId(kv) ? KV_FORMATS[kv].label : kv);

/** Whether an engine caches in a KV dtype. */
export const engineTakesKv = (engine: Engine, kv: KvDtype): boolean =>
  Object.hasOwn(ENGINE_KV_VALUES[engine], kv);

/** The value of the engine's KV flag for a dtype, or null when it is started without one. */
export const engineKvValue = (engine: Engine, kv: KvDtype): string | null =>
  ENGINE_KV_VALUES[engine][kv] ?? null;

/** The engines that cache in a KV dtype, by name. */
export const enginesTaking = (kv: KvDtype): string[] =>
  ENGINES.filter((engine) => engineTakesKv(engine, kv)).map((engine) => ENGINE_NAMES[engine]);

/** Why an engine cannot cache in a KV dtype, naming the engines that can and what to choose; null when it can. */
export function kvDtypeIssue(engine: Engine, kv: KvDtype): string | null {
  if (engineTakesKv(engine, kv) || !KV_DTYPES.includes(kv)) return null;
  const choices = KV_DTYPES.filter((other) => engineTakesKv(engine, other)).map(kvDtypeName);
  const others = enginesTaking(kv);
  return `${ENGINE_NAMES[engine]} has no ${kvDtypeName(kv)} KV cache (${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} it); choose ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
}

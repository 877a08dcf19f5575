import {
  checkBoolean,
  checkNonNegativeNumber,
  checkNumberInRange,
  checkPositiveInteger,
  type FieldIssue,
} from '../errors';
import type { Scenario } from '../scenario';
import { MAX_BATCH, MAX_SEQ_LEN, SCENARIO_RANGES } from '../scenario';
import { ENGINES, SERVING_ENTRIES, type Engine, type Sourced } from './engines';
import { kvDtypeIssue } from './kv-cache-types';

export const MAX_BATCHED_TOKENS = 10_000_000;
export const MAX_GPU_LAYERS = 100_000;
export const MAX_TARGET_TOKENS_PER_SECOND = 1e12;

/** Whether a scenario is served by an engine with rules of its own (not plain PyTorch). */
export const usesServingEngine = (s: Pick<Scenario, 'mode' | 'engine'>): boolean =>
  s.mode === 'inference' && s.engine !== 'hf';

/** Tokens one request caches: its prompt and what it generates. */
export const requestTokens = (s: Pick<Scenario, 'seqLen' | 'generatedTokens'>): number =>
  s.seqLen + s.generatedTokens;

/** The longest request the engine is started for: the setting, or the requests' own length. */
export const servedModelLen = (
  s: Pick<Scenario, 'maxModelLen' | 'seqLen' | 'generatedTokens'>,
): number => s.maxModelLen ?? requestTokens(s);

/**
 * The share of peak memory bandwidth a decode step reaches. "Well-optimized CUDA stacks (vLLM,
 * TensorRT-LLM) commonly run in the 70 to 85 percent range; portable runtimes like GGUF ... run
 * lower" (open-source-ai.tech glossary, model bandwidth utilization); a 27B decode on an RTX 3090
 * measured 66.5% (ashalliants/ninfer-3090 PR #36). A rule of thumb, not a published constant.
 */
export const BANDWIDTH_EFFICIENCY: Readonly<Record<Engine, Sourced>> = {
  vllm: { value: 0.8, source: 'MBU of optimised CUDA stacks, "70 to 85 percent" (rule of thumb)' },
  sglang: {
    value: 0.8,
    source: 'MBU of optimised CUDA stacks, "70 to 85 percent" (rule of thumb)',
  },
  trtllm: {
    value: 0.8,
    source: 'MBU of optimised CUDA stacks, "70 to 85 percent" (rule of thumb)',
  },
  llamacpp: {
    value: 0.65,
    source: 'portable runtimes "run lower"; 66.5% measured on an RTX 3090 (ninfer-3090 PR #36)',
  },
  hf: {
    value: 0.6,
    source: '"Real systems land around 60 to 85 percent": the low end, for eager PyTorch',
  },
};

export const bandwidthEfficiency = (s: Pick<Scenario, 'engine' | 'bandwidthEfficiency'>): number =>
  s.bandwidthEfficiency ?? BANDWIDTH_EFFICIENCY[s.engine].value;

const nullOr = (check: () => void, value: unknown): void => {
  if (value !== null) check();
};

/** Every reason the serving settings cannot be used, each naming its field. */
export function validateServing(s: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!ENGINES.includes(s.engine))
    issues.push({ field: 'engine', message: `must be one of ${ENGINES.join(', ')}` });
  nullOr(
    () =>
      checkNumberInRange(
        issues,
        'memoryFraction',
        s.memoryFraction,
        SCENARIO_RANGES.memoryFraction,
      ),
    s.memoryFraction,
  );
  nullOr(
    () => checkPositiveInteger(issues, 'maxModelLen', s.maxModelLen, { max: MAX_SEQ_LEN }),
    s.maxModelLen,
  );
  nullOr(
    () =>
      checkPositiveInteger(issues, 'maxNumBatchedTokens', s.maxNumBatchedTokens, {
        max: MAX_BATCHED_TOKENS,
      }),
    s.maxNumBatchedTokens,
  );
  nullOr(
    () => checkPositiveInteger(issues, 'maxNumSeqs', s.maxNumSeqs, { max: MAX_BATCH }),
    s.maxNumSeqs,
  );
  if (!SERVING_ENTRIES.includes(s.servingEntry))
    issues.push({ field: 'servingEntry', message: `must be one of ${SERVING_ENTRIES.join(', ')}` });
  checkBoolean(issues, 'cudaGraphs', s.cudaGraphs);
  nullOr(
    () =>
      checkNumberInRange(
        issues,
        'bandwidthEfficiency',
        s.bandwidthEfficiency,
        SCENARIO_RANGES.bandwidthEfficiency,
      ),
    s.bandwidthEfficiency,
  );
  nullOr(
    () =>
      checkPositiveInteger(issues, 'gpuLayers', s.gpuLayers, {
        allowZero: true,
        max: MAX_GPU_LAYERS,
      }),
    s.gpuLayers,
  );
  checkNonNegativeNumber(
    issues,
    'targetTokensPerSecond',
    s.targetTokensPerSecond,
    MAX_TARGET_TOKENS_PER_SECOND,
  );
  return issues;
}

/** Settings that are each valid but do not go together for the chosen engine (inference only). */
export function validateServingCombination(s: Scenario): FieldIssue[] {
  if (s.mode !== 'inference') return [];
  const issues: FieldIssue[] = [];
  const kv = kvDtypeIssue(s.engine, s.kvDtype);
  if (kv) issues.push({ field: 'kvDtype', message: kv });
  if (s.maxModelLen !== null && s.maxModelLen < requestTokens(s))
    issues.push({
      field: 'maxModelLen',
      message: `(${s.maxModelLen}) must be at least the ${requestTokens(s)} tokens of one request (prompt + generated), or the engine rejects it`,
    });
  return issues;
}

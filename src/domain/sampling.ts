import {
  checkNonNegativeNumber,
  checkPositiveInteger,
  ScenarioError,
  type FieldIssue,
} from './errors';

export interface SamplingOptions {
  /** T ≥ 0; 0 means greedy. */
  temperature: number;
  /** K ≥ 1: keep at most the K most probable tokens. */
  topK: number;
  /** 0 ≤ P ≤ 1: then keep the smallest prefix whose cumulative probability reaches P. */
  topP: number;
}

/** Each step of docs/method.md §9, as probabilities over the input tokens (in input order). */
export interface SamplingResult {
  /** Softmax of the raw logits (T = 1), for comparison. */
  original: number[];
  /** Softmax of logits / T. */
  tempered: number[];
  /** Token indices by descending tempered probability (ties keep input order). */
  order: number[];
  keptByTopK: boolean[];
  keptByTopP: boolean[];
  /** The distribution actually sampled from: tempered, filtered and renormalised. */
  final: number[];
  keptCount: number;
  topProbability: number;
  /** Shannon entropy of `final`, in bits. */
  entropyBits: number;
}

/**
 * The limits of every sampling input, shared by the engine, the explorer's store and its share
 * link, so each accepts exactly what the others do.
 */
export const SAMPLING_LIMITS = {
  /** 0 to 2, the range the OpenAI and Hugging Face APIs document for temperature. */
  temperature: { min: 0, max: 2, step: 0.01 },
  topP: { min: 0, max: 1, step: 0.01 },
  topK: { min: 1, max: 100_000_000 },
  drawCount: { min: 1, max: 100_000 },
  /** drawTokens reads the seed as an unsigned 32-bit integer. */
  seed: { min: 0, max: 0xffff_ffff },
} as const;

/** What is wrong with temperature, top-k and top-p, by field. */
export function samplingOptionIssues(o: SamplingOptions): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkNonNegativeNumber(issues, 'temperature', o.temperature, SAMPLING_LIMITS.temperature.max);
  checkPositiveInteger(issues, 'topK', o.topK, { max: SAMPLING_LIMITS.topK.max });
  checkNonNegativeNumber(issues, 'topP', o.topP, SAMPLING_LIMITS.topP.max);
  return issues;
}

export function validateSampling(logits: readonly number[], o: SamplingOptions): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (logits.length === 0) issues.push({ field: 'logits', message: 'needs at least one token' });
  logits.forEach((logit, i) => {
    if (typeof logit !== 'number' || !Number.isFinite(logit)) {
      issues.push({
        field: `logits[${i}]`,
        message: `must be a finite number, got ${String(logit)}`,
      });
    }
  });
  issues.push(...samplingOptionIssues(o));
  return issues;
}

/** Softmax of logits / T, shifted by the largest logit so that adding a constant changes nothing; T = 0 is one-hot on the argmax. */
export function temperatureSoftmax(logits: readonly number[], temperature: number): number[] {
  let maxIndex = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i]! > logits[maxIndex]!) maxIndex = i;
  if (temperature === 0) return logits.map((_, i) => (i === maxIndex ? 1 : 0));
  const max = logits[maxIndex]!;
  const weights = logits.map((logit) => Math.exp((logit - max) / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** Shannon entropy in bits. */
export function entropyBits(probabilities: readonly number[]): number {
  let h = 0;
  for (const p of probabilities) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/**
 * Temperature, then top-k, then top-p, then renormalisation (docs/method.md §9, seed §5; the order of
 * Hugging Face's TopK then TopP warpers, where top-p measures the distribution renormalised over the
 * top-k set). Always keeps at least one token; P = 0 keeps only the top token, P = 1 keeps all K.
 */
export function sample(logits: readonly number[], options: SamplingOptions): SamplingResult {
  const issues = validateSampling(logits, options);
  if (issues.length > 0) throw new ScenarioError(issues);
  const original = temperatureSoftmax(logits, 1);
  const tempered = temperatureSoftmax(logits, options.temperature);
  const order = tempered.map((_, i) => i).sort((a, b) => tempered[b]! - tempered[a]! || a - b);

  const keptByTopK = new Array<boolean>(logits.length).fill(false);
  const k = Math.min(options.topK, logits.length);
  let topKMass = 0;
  for (let rank = 0; rank < k; rank++) {
    keptByTopK[order[rank]!] = true;
    topKMass += tempered[order[rank]!]!;
  }

  const keptByTopP = new Array<boolean>(logits.length).fill(false);
  let cumulative = 0;
  let kept = 0;
  for (let rank = 0; rank < k; rank++) {
    const index = order[rank]!;
    keptByTopP[index] = true;
    kept++;
    cumulative += tempered[index]! / topKMass;
    if (options.topP < 1 && cumulative >= options.topP) break;
  }

  let keptMass = 0;
  for (let i = 0; i < logits.length; i++) if (keptByTopP[i]) keptMass += tempered[i]!;
  const final = tempered.map((p, i) => (keptByTopP[i] ? p / keptMass : 0));
  return {
    original,
    tempered,
    order,
    keptByTopK,
    keptByTopP,
    final,
    keptCount: kept,
    topProbability: final[order[0]!]!,
    entropyBits: entropyBits(final),
  };
}

/** mulberry32: a small seeded generator, so a draw can be repeated exactly. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws `count` token indices from a distribution with a seeded generator; returns how often each was drawn. */
export function drawTokens(
  probabilities: readonly number[],
  count: number,
  seed: number,
): number[] {
  const random = seededRandom(seed);
  const counts = new Array<number>(probabilities.length).fill(0);
  let last = 0;
  for (let i = 0; i < probabilities.length; i++) if (probabilities[i]! > 0) last = i;
  for (let n = 0; n < count; n++) {
    const u = random();
    let cumulative = 0;
    let chosen = last;
    for (let i = 0; i < probabilities.length; i++) {
      cumulative += probabilities[i]!;
      if (u < cumulative) {
        chosen = i;
        break;
      }
    }
    counts[chosen] = (counts[chosen] ?? 0) + 1;
  }
  return counts;
}

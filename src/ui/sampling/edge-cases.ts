import { formatInteger, formatNumber } from '../../lib/format';
import type { SamplingOptions } from '../../domain/sampling';

/** Below this temperature the top token takes nearly all the probability: T → 0 is greedy. */
export const NEAR_ZERO_TEMPERATURE = 0.05;

/**
 * The special cases of docs/method.md §9 that apply to these options, in words, each exactly when it
 * applies: T → 0 is greedy, K = 1 is greedy whatever T, P = 0 keeps only the top token, P = 1 keeps all K.
 */
export function edgeCaseNotes(
  options: SamplingOptions,
  vocabularySize: number,
  topToken: string,
): string[] {
  const { temperature, topK, topP } = options;
  const notes: string[] = [];
  if (temperature === 0) {
    notes.push(
      `T = 0 is greedy decoding: all the probability goes to the top token, “${topToken}”, whatever K and P.`,
    );
  } else if (temperature < NEAR_ZERO_TEMPERATURE) {
    notes.push(
      `T = ${formatNumber(temperature)} is close to 0: nearly all the probability goes to the top token, “${topToken}”; as T → 0, sampling becomes greedy.`,
    );
  }
  if (topK === 1)
    notes.push(`K = 1 keeps only the top token, “${topToken}”: greedy whatever the temperature.`);
  if (topP === 0) notes.push(`P = 0 keeps only the top token, “${topToken}”: greedy.`);
  if (topP === 1) {
    const kept = Math.min(topK, vocabularySize);
    notes.push(
      topK >= vocabularySize
        ? `P = 1 keeps every token top-k kept: all ${formatInteger(kept)} of the list, so top-p removes nothing.`
        : `P = 1 keeps all K = ${formatInteger(kept)} tokens that top-k kept: top-p removes nothing.`,
    );
  }
  return notes;
}

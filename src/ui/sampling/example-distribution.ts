/** Candidate next tokens with their logits, in any order; `prompt` is the text they would follow, when known. */
export interface TokenDistribution {
  prompt?: string;
  tokens: string[];
  logits: number[];
}

/**
 * An illustrative next-token distribution for "The capital of France is", shaped like a base model's:
 * one clear favourite (about 36 % at T = 1), a few fluent continuations that delay the answer, other
 * cities, and a long tail. The logits are made up to look realistic, not measured from a model.
 */
const EXAMPLE_ROWS: readonly (readonly [string, number])[] = [
  ['Paris', 16.9],
  ['a', 16.3],
  ['the', 15.9],
  ['located', 15.4],
  ['also', 15.0],
  ['known', 14.7],
  ['one', 14.5],
  ['not', 14.2],
  ['home', 13.9],
  ['in', 13.6],
  ['an', 13.4],
  ['called', 13.1],
  ['officially', 12.9],
  ['situated', 12.7],
  ['famous', 12.5],
  ['Lyon', 12.3],
  ['currently', 12.1],
  ['now', 11.9],
  ['considered', 11.8],
  ['often', 11.6],
  ['still', 11.4],
  [',', 11.3],
  [':', 11.1],
  ['and', 10.9],
  ['Marseille', 10.8],
  ['city', 10.6],
  ['at', 10.4],
  ['to', 10.3],
  ['always', 10.1],
  ['actually', 10.0],
  ['probably', 9.8],
  ['French', 9.7],
  ['beautiful', 9.5],
  ['where', 9.4],
  ['Versailles', 9.2],
  ['large', 9.1],
  ['"', 8.9],
  ['very', 8.8],
  ['really', 8.6],
  ['no', 8.5],
  ['named', 8.3],
  ['surely', 8.2],
  ['of', 8.0],
  ['undoubtedly', 7.9],
  ['Brussels', 7.7],
  ['Nice', 7.6],
  ['quite', 7.4],
  ['there', 7.3],
  ['Toulouse', 7.1],
  ['just', 7.0],
  ['London', 6.8],
  ['Bordeaux', 6.6],
  ['…', 6.5],
  ['Strasbourg', 6.3],
  ['Berlin', 6.1],
  ['Rome', 5.9],
  ['Madrid', 5.6],
  ['Lille', 5.4],
  ['Geneva', 5.1],
  ['Tokyo', 4.8],
];

export const EXAMPLE_DISTRIBUTION: Readonly<TokenDistribution> = {
  prompt: 'The capital of France is',
  tokens: EXAMPLE_ROWS.map(([token]) => token),
  logits: EXAMPLE_ROWS.map(([, logit]) => logit),
};

/** What a published figure measures, for grouping them on the page. */
export type CheckTopic = 'parameters' | 'weights' | 'training' | 'activations' | 'kv-cache';

/** The unit a published figure and ours are both stated in. */
export type CheckUnit = 'parameters' | 'bytes' | 'GB' | 'GiB' | 'bytes per parameter';

/**
 * A number someone published (a paper's table, a model card, an engine's start-up log) beside
 * what this calculator computes for the same setting. The tests assert every one within its
 * tolerance; the page lists them all, so users can see how far to trust the engine.
 */
export interface PublishedCheck {
  id: string;
  topic: CheckTopic;
  /** The setting in words: "Llama-2-7B, fp16 KV cache per token". */
  setting: string;
  published: number;
  unit: CheckUnit;
  /** The figure as the source prints it: "6,738,415,616", "120 GB". */
  quote: string;
  /** Where it was read; `url` null for a source with no public address (a log quoted in a thread is linked). */
  source: { label: string; url: string | null };
  /** The relative difference the source's precision allows (0 for exact figures). */
  tolerance: number;
  /** This calculator's figure for the same setting, in `unit`. */
  ours: () => number;
}

/** How far ours is from the published figure, relative to it: 0.01 is 1% above. */
export const relativeDifference = (check: PublishedCheck, ours: number): number =>
  (ours - check.published) / check.published;

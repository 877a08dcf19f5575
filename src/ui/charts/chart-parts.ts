import type { MemoryPart } from '../../domain/per-gpu-memory';
import type { Mode } from '../../domain/scenario';

/** The CSS variable (charts.css) that colours a part, so light and dark schemes each get their palette. */
export const partColour = (part: MemoryPart): string => `var(--chart-${part})`;

// The same array each time, so a chart sees unchanged parts as unchanged.
const INFERENCE_PARTS: readonly MemoryPart[] = ['weights', 'activations', 'kvCache', 'overhead'];
const TRAINING_PARTS: readonly MemoryPart[] = [
  'weights',
  'gradients',
  'optimizer',
  'activations',
  'overhead',
];

/**
 * The parts that exist in a mode, bottom of the stack first. Only training and fine-tuning keep
 * gradients and optimizer states; only inference keeps a KV cache.
 */
export function chartParts(mode: Mode): readonly MemoryPart[] {
  return mode === 'inference' ? INFERENCE_PARTS : TRAINING_PARTS;
}

const BAR_PITCH_PX = 44;
const AXES_PX = 76;

/** One height for the chart and for its loading placeholder, so the page does not jump when the chart arrives. */
export const chartHeight = (rowCount: number): number =>
  Math.max(160, AXES_PX + rowCount * BAR_PITCH_PX);

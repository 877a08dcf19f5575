import type { ResolvedScenario } from '../scenario';
import { TIGHT_THRESHOLD } from './headroom';
import { usesFp8 } from './state-rules';

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/** The training rules in force, in words, for the page's assumptions and the exports (docs/method.md §12–§16). */
export function trainingAssumptions(s: ResolvedScenario): string[] {
  const list: string[] = [];
  list.push(
    s.activationConvention === 'paper'
      ? 'Activations as Korthikanti et al. count them, with the fp32 logits kept for the loss (4 bytes a logit).'
      : 'Activations as PyTorch eager keeps them: each RMSNorm an fp32 copy of its input, a gated MLP the SiLU output too; the loss keeps fp32 log-probabilities (4 bytes a logit), with its fp32 copy in forward and two fp32 gradients at the start of backward.',
  );
  list.push(
    'Gradients are held through the whole step, as with gradient accumulation; the optimizer step adds PyTorch foreach Adam’s fp32 copy of the second moment, or DeepSpeed’s fp32 gradient partition.',
  );
  if (s.allocatorMargin > 0)
    list.push(
      `${percent(s.allocatorMargin)} of each GPU is left to PyTorch's caching allocator (fragmentation and cached blocks); a plan above ${percent(TIGHT_THRESHOLD)} of the rest is tight.`,
    );
  if (usesFp8(s))
    list.push(
      'FP8 training as in Transformer Engine: 16-bit weights with an FP8 copy of each linear weight, linear inputs kept in FP8, fp32 master weights; speed at the FP8 rate.',
    );
  if (s.pagedOptimizer)
    list.push(
      'A paged optimizer keeps on the GPU only the part of its state that leaves room; the rest pages to CPU memory.',
    );
  return list;
}

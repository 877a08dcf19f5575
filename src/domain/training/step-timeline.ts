/**
 * What one GPU holds through one training step (docs/method.md §13), in bytes. The model states
 * stay all step; ZeRO-3 and FSDP gather a layer's weights in forward and backward and its gradients
 * in backward; activations grow through forward and are all held when backward starts, with the
 * loss's gradients; the optimizer step runs after the activations are freed, with its temporaries.
 */
export interface StepComponents {
  weights: number;
  gradients: number;
  optimizer: number;
  /** Gathered parameters of the layer running (and the one prefetched), forward and backward. */
  gatheredWeights: number;
  /** Gradients of the gathered layer before they are reduced, backward only. */
  gatheredGradients: number;
  /** Gradient buckets that live all step (DDP's bucket copy of every gradient). */
  persistentBuckets: number;
  /** Gradient buckets of the backward pass only (DeepSpeed's reduce bucket). */
  backwardBuckets: number;
  /** The optimizer step's temporary copies. */
  stepTemporary: number;
  activations: number;
  lossForward: number;
  lossBackward: number;
  overhead: number;
}

/** The memory parts one phase holds, in the page's parts. */
export interface PhaseParts {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  kvCache: number;
  overhead: number;
}

export const STEP_PHASES = ['forward', 'backward', 'step'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

export interface StepTimeline {
  phases: { phase: StepPhase; parts: PhaseParts; totalBytes: number }[];
  peak: StepPhase;
}

const total = (p: PhaseParts): number =>
  p.weights + p.gradients + p.optimizer + p.activations + p.kvCache + p.overhead;

/** The parts at the end of forward, at the start of backward, and during the optimizer step. */
export function stepTimeline(c: StepComponents): StepTimeline {
  const forward: PhaseParts = {
    weights: c.weights + c.gatheredWeights,
    gradients: c.gradients + c.persistentBuckets,
    optimizer: c.optimizer,
    activations: c.activations + c.lossForward,
    kvCache: 0,
    overhead: c.overhead,
  };
  const backward: PhaseParts = {
    weights: c.weights + c.gatheredWeights,
    gradients: c.gradients + c.gatheredGradients + c.persistentBuckets + c.backwardBuckets,
    optimizer: c.optimizer,
    activations: c.activations + c.lossBackward,
    kvCache: 0,
    overhead: c.overhead,
  };
  const step: PhaseParts = {
    weights: c.weights,
    gradients: c.gradients + c.persistentBuckets,
    optimizer: c.optimizer + c.stepTemporary,
    activations: 0,
    kvCache: 0,
    overhead: c.overhead,
  };
  const phases = [
    { phase: 'forward' as const, parts: forward, totalBytes: total(forward) },
    { phase: 'backward' as const, parts: backward, totalBytes: total(backward) },
    { phase: 'step' as const, parts: step, totalBytes: total(step) },
  ];
  // Ties go to the later phase in the list's order of preference: backward, then the step.
  let peak = phases[1]!;
  for (const candidate of [phases[2]!, phases[0]!])
    if (candidate.totalBytes > peak.totalBytes) peak = candidate;
  return { phases, peak: peak.phase };
}

/** The parts of the phase that peaks: what the stacked bar shows. */
export function peakParts(timeline: StepTimeline): PhaseParts {
  return timeline.phases.find((p) => p.phase === timeline.peak)!.parts;
}

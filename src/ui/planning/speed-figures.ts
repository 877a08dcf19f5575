import type { Estimate } from '../../domain/estimate';
import {
  formatBytesIn,
  formatDuration,
  formatInteger,
  formatNumber,
  formatParams,
  formatRate,
} from '../../lib/format';
import { tokenCountText } from './token-count-text';
import type { UnitSystem } from '../../domain/units';

/** One labelled speed or time figure. */
export interface SpeedFigure {
  label: string;
  value: string;
}

export interface SpeedText {
  figures: SpeedFigure[];
  /** What the figures assume, in words with this scenario's numbers. */
  assumptions: string[];
}

const gpusWord = (count: number): string =>
  `${formatInteger(count)} ${count === 1 ? 'GPU' : 'GPUs'}`;
const percent = (fraction: number): string => `${formatNumber(fraction * 100)}%`;
const teraflops = (flops: number): string => formatRate(flops / 1e12, 'TFLOP');

/** GPU-hours read best exact when large ("179,979") and to three digits when small ("0.42"). */
const hours = (value: number): string =>
  `${value >= 100 ? formatInteger(value) : formatNumber(value)} GPU-hours`;

function inferenceText(e: Estimate, unit: UnitSystem): SpeedText {
  const s = e.scenario;
  const speed = e.speed;
  const plan = e.serving;
  const { tensorParallel, pipelineParallel } = e.layout.layout;
  const sequences = `${formatInteger(s.batch)} ${s.batch === 1 ? 'sequence' : 'sequences'}`;
  const stages =
    pipelineParallel > 1
      ? `, through ${formatInteger(pipelineParallel)} pipeline stages in turn`
      : '';
  const efficiency = plan ? percent(plan.speed.efficiency) : '—';
  const rate = plan?.speed.rate;
  return {
    figures: [
      {
        label: 'Decode per sequence',
        value: formatRate(speed.decodeTokensPerSecondPerSequence ?? Number.NaN, 'tokens'),
      },
      {
        label: `Decode across ${sequences}`,
        value: formatRate(speed.decodeTokensPerSecond ?? Number.NaN, 'tokens'),
      },
      {
        label: 'First token, one request alone',
        value: `${formatDuration(speed.timeToFirstTokenSeconds ?? Number.NaN)} for ${formatInteger(s.seqLen)} prompt tokens`,
      },
      {
        label: `Prefill of all ${formatInteger(s.batch)} prompts`,
        value: `${formatDuration(speed.prefillAllSeconds ?? Number.NaN)} for ${formatInteger(s.batch)} × ${formatInteger(s.seqLen)} prompt tokens`,
      },
    ],
    assumptions: [
      `Decoding is memory-bandwidth bound: each step reads the ${formatBytesIn(e.layout.perGpu.weights, unit)} of weights on every GPU once for the whole batch, plus each sequence's KV cache, at ${efficiency} of ${formatRate(s.gpu.bandwidthBytesPerSecond / 1e12, 'TB')}${stages}.`,
      `The prompt (prefill) is compute-bound: 2 FLOPs per active parameter (${formatParams(e.params.active)}) per prompt token, on ${gpusWord(tensorParallel * pipelineParallel)} at ${percent(s.utilization)} of ${rate ? `${teraflops(rate.flops)} ${rate.precision}` : '—'} peak, and never faster than reading the weights once per chunk of the engine's batch.`,
    ],
  };
}

function trainingText(e: Estimate): SpeedText {
  const s = e.scenario;
  const speed = e.speed;
  const gpus = e.layout.gpus;
  const tokensPerStep = s.batch * s.seqLen * e.layout.layout.dataParallel;
  const budget = `${tokenCountText(s.trainingTokens)} tokens`;
  const assumptions = [
    `Training is compute-bound: 6 FLOPs per active parameter (${formatParams(e.params.active)}) per token, 2 forward and 4 backward, over ${gpusWord(gpus)} × ${teraflops(s.gpu.peakFlops)} peak × ${percent(s.utilization)} utilisation.`,
    'Communication, pipeline bubbles, recomputation and data loading are not counted separately: they are what keeps utilisation under 100%.',
  ];
  if (s.mode === 'finetune' && s.finetuneMethod !== 'full') {
    assumptions.push(
      'LoRA and QLoRA compute no gradients for the frozen weights, so a real run can be up to a third faster than 6 FLOPs per parameter suggests.',
    );
  }
  return {
    figures: [
      {
        label: 'Training step',
        value: `${formatDuration(speed.stepSeconds ?? Number.NaN)} for ${formatInteger(tokensPerStep)} tokens`,
      },
      {
        label: 'Throughput',
        value: formatRate(speed.trainingTokensPerSecond ?? Number.NaN, 'tokens'),
      },
      {
        label: `Time for ${budget}`,
        value: `${formatDuration(speed.totalTrainingSeconds ?? Number.NaN)} on ${gpusWord(gpus)}`,
      },
      { label: `GPU-hours for ${budget}`, value: hours(speed.gpuHours ?? Number.NaN) },
    ],
    assumptions,
  };
}

/** The speed and time figures for a layout that fits, and the assumptions behind them. */
export function speedText(e: Estimate, unit: UnitSystem): SpeedText {
  if (!e.layout.fits) {
    return { figures: [{ label: 'Speed', value: 'shown once a layout fits' }], assumptions: [] };
  }
  const text = e.scenario.mode === 'inference' ? inferenceText(e, unit) : trainingText(e);
  const precision = e.serving?.speed.rate.precision ?? '16-bit';
  text.assumptions.push(
    `Peak FLOP/s is the ${e.scenario.gpu.name}'s dense ${precision} tensor figure, without sparsity.`,
  );
  return text;
}

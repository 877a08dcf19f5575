import type { Estimate } from '../../domain/estimate';
import type { SweepAxis } from '../../domain/solvers';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { layoutInWords } from './fit-sentences';
import type { CurveData } from './planning-data';

/** What each curve's x axis counts, for titles, axis labels and table headers. */
export const AXIS_NAMES: Readonly<
  Record<SweepAxis, { title: string; axis: string; column: string }>
> = {
  seqLen: {
    title: 'Memory against sequence length',
    axis: 'Sequence length (tokens, log scale)',
    column: 'Sequence length (tokens)',
  },
  batch: {
    title: 'Memory against batch size',
    axis: 'Batch size (sequences, log scale)',
    column: 'Batch size (sequences)',
  },
};

/** What stays fixed along a curve: the batch along the sequence axis, the sequence along the batch axis. */
export function heldFixed(e: Estimate, axis: SweepAxis): string {
  const s = e.scenario;
  if (axis === 'seqLen') {
    const generated =
      s.mode === 'inference' ? ` and ${formatInteger(s.generatedTokens)} generated tokens` : '';
    return `batch ${formatInteger(s.batch)}${generated}`;
  }
  const prompt =
    s.mode === 'inference'
      ? `${formatInteger(s.seqLen)} + ${formatInteger(s.generatedTokens)}`
      : formatInteger(s.seqLen);
  return `${prompt} tokens per sequence`;
}

/** The curve in one sentence, for the chart's accessible name: its range, the capacity and where it is crossed. */
export function curveSummary(e: Estimate, data: CurveData): string {
  const first = data.points[0]!;
  const last = data.points.at(-1)!;
  const unit = data.unit;
  const noun = data.axis === 'seqLen' ? 'tokens' : 'sequences';
  const head =
    `Stacked area chart: per-GPU memory on ${layoutInWords(e)} from ${formatBytesIn(first.totalBytes, unit)} at ` +
    `${formatInteger(first.x)} to ${formatBytesIn(last.totalBytes, unit)} at ${formatInteger(last.x)} ${noun}, ` +
    `at ${heldFixed(e, data.axis)}`;
  const capacity = `the usable capacity is ${formatBytesIn(data.capacityBytes, unit)}`;
  const { answer } = data;
  let crossing: string;
  if (answer.value === 0) crossing = 'even the smallest value is over it';
  else if (data.crossing)
    crossing = `the largest value that fits is ${formatInteger(answer.value)} ${noun}`;
  else if (answer.value < first.x)
    crossing = `only ${formatInteger(answer.value)} ${noun} or fewer fit, left of the chart`;
  else
    crossing = `${answer.atCeiling ? 'at least ' : ''}${formatInteger(answer.value)} ${noun} fit, beyond the chart`;
  return `${head}; ${capacity}; ${crossing}.`;
}

/** The words around one curve: the layout it is drawn for, what is held fixed, its summary and its file names. */
export interface CurveWords {
  layout: string;
  context: string;
  summary: string;
  fileStem: string;
}

export function curveWords(e: Estimate, data: CurveData, stem: string): CurveWords {
  const layout = layoutInWords(e);
  return {
    layout,
    context: `Per GPU on ${layout}, at ${heldFixed(e, data.axis)}.`,
    summary: curveSummary(e, data),
    fileStem: `${stem}-${data.axis === 'seqLen' ? 'memory-vs-sequence-length' : 'memory-vs-batch-size'}`,
  };
}

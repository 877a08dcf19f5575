import type { EstimateResult } from '../../domain/analysis';
import type { Estimate } from '../../domain/estimate';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn, formatDuration, formatInteger, formatRate } from '../../lib/format';
import { layoutWithCount } from '../../lib/layout-name';

/** One line of the comparison: its label, A's and B's text, and whether they differ. */
export interface CompareRow {
  label: string;
  a: string;
  b: string;
  differs: boolean;
}

type Figure = (e: Estimate, unit: UnitSystem) => string;

const FIGURES: readonly [string, Figure][] = [
  ['Model', (e) => e.scenario.model.name],
  ['GPU', (e) => e.scenario.gpu.name],
  ['Mode', (e) => e.scenario.mode],
  ['Precision', (e) => e.scenario.dtype],
  [
    'Workload',
    (e) => `batch ${formatInteger(e.scenario.batch)} × ${formatInteger(e.scenario.seqLen)} tokens`,
  ],
  ['Layout', (e) => layoutWithCount(e.layout)],
  ['Per GPU', (e, unit) => formatBytesIn(e.layout.perGpuBytes, unit)],
  ['Weights per GPU', (e, unit) => formatBytesIn(e.layout.perGpu.weights, unit)],
  [
    'Optimizer states per GPU',
    (e, unit) =>
      e.scenario.mode === 'inference' ? '—' : formatBytesIn(e.layout.perGpu.optimizer, unit),
  ],
  ['Activations per GPU', (e, unit) => formatBytesIn(e.layout.perGpu.activations, unit)],
  [
    'KV cache per GPU',
    (e, unit) =>
      e.scenario.mode === 'inference' ? formatBytesIn(e.layout.perGpu.kvCache, unit) : '—',
  ],
  ['Fits', (e) => (e.layout.fits ? 'yes' : 'no')],
  [
    'Speed',
    (e) =>
      e.scenario.mode === 'inference'
        ? formatRate(e.speed.decodeTokensPerSecond ?? Number.NaN, 'tokens')
        : `${formatDuration(e.speed.stepSeconds ?? Number.NaN)} a step`,
  ],
];

const figureOf = (result: EstimateResult, figure: Figure, unit: UnitSystem): string =>
  result.ok ? figure(result.estimate, unit) : 'invalid input';

/** The two scenarios figure by figure, A (pinned) beside B (current). */
export function compareRows(a: EstimateResult, b: EstimateResult, unit: UnitSystem): CompareRow[] {
  return FIGURES.map(([label, figure]) => {
    const textA = figureOf(a, figure, unit);
    const textB = figureOf(b, figure, unit);
    return { label, a: textA, b: textB, differs: textA !== textB };
  });
}

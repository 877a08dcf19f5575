import type { Estimate } from '../../domain/estimate';
import {
  formatBytesIn,
  formatDuration,
  formatInteger,
  formatNumber,
  formatRate,
} from '../../lib/format';
import type { UnitSystem } from '../../domain/units';
import { usesServingEngine } from '../../domain/serving/serving-settings';

/** One labelled figure beside the verdict. */
export interface Figure {
  label: string;
  value: string;
}

/** Per-GPU use against capacity, the total over the layout, and speed (only for a layout that fits). */
export function verdictFigures(e: Estimate, unit: UnitSystem): Figure[] {
  const s = e.scenario;
  const { gpus, perGpuBytes, capacityBytes, fits } = e.layout;
  const speed = e.speed;
  const load = fits
    ? `${formatNumber((perGpuBytes / capacityBytes) * 100)}%`
    : `${formatBytesIn(perGpuBytes - capacityBytes, unit)} over`;
  const margins = [
    s.safetyMargin > 0 && !usesServingEngine(s)
      ? `a ${formatNumber(s.safetyMargin * 100)}% margin`
      : null,
    // Training also leaves room for the caching allocator (docs/method.md §13).
    s.mode !== 'inference' && s.allocatorMargin > 0
      ? `a ${formatNumber(s.allocatorMargin * 100)}% allocator margin`
      : null,
  ].filter((text) => text !== null);
  const margin = margins.length > 0 ? ` after ${margins.join(' and ')}` : '';
  const figures: Figure[] = [
    {
      label: 'Per GPU',
      value: `${formatBytesIn(perGpuBytes, unit)} of ${formatBytesIn(capacityBytes, unit)} usable${margin} (${load})`,
    },
    {
      label: `Total across ${formatInteger(gpus)} ${gpus === 1 ? 'GPU' : 'GPUs'}`,
      value: formatBytesIn(e.totalBytes, unit),
    },
  ];
  if (!fits) {
    figures.push({ label: 'Speed', value: 'shown once a layout fits' });
    return figures;
  }
  if (speed.decodeTokensPerSecondPerSequence !== null && speed.decodeTokensPerSecond !== null) {
    figures.push({
      label: 'Decode',
      value: `${formatRate(speed.decodeTokensPerSecondPerSequence, 'tokens')} per sequence, ${formatRate(speed.decodeTokensPerSecond, 'tokens')} across ${formatInteger(s.batch)} ${s.batch === 1 ? 'sequence' : 'sequences'}`,
    });
  }
  if (speed.timeToFirstTokenSeconds !== null) {
    figures.push({
      label: 'First token, one request alone',
      value: formatDuration(speed.timeToFirstTokenSeconds),
    });
  }
  if (speed.prefillAllSeconds !== null && s.batch > 1) {
    figures.push({
      label: `Prefill of all ${formatInteger(s.batch)} prompts`,
      value: formatDuration(speed.prefillAllSeconds),
    });
  }
  if (speed.stepSeconds !== null) {
    const tokens = s.batch * s.seqLen * e.layout.layout.dataParallel;
    figures.push({
      label: 'Training step',
      value: `${formatDuration(speed.stepSeconds)} for ${formatInteger(tokens)} tokens`,
    });
  }
  if (speed.trainingTokensPerSecond !== null) {
    figures.push({
      label: 'Training throughput',
      value: `${formatRate(speed.trainingTokensPerSecond, 'tokens')} at ${formatNumber(s.utilization * 100)}% of peak FLOP/s`,
    });
  }
  return figures;
}

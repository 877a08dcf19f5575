import type { Estimate } from '../../domain/estimate';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { layoutName } from '../../lib/layout-name';
import type { CurveData, PlanningData } from './planning-data';
import type { UnitSystem } from '../../domain/units';

const tokens = (count: number): string =>
  `${formatInteger(count)} ${count === 1 ? 'token' : 'tokens'}`;

/** "1 × RTX 4090 24GB" or "8 × RTX 4090 24GB (tensor parallel 8)": the layout the answers hold on. */
export function layoutInWords(e: Estimate): string {
  const { gpus, layout } = e.layout;
  const split = gpus > 1 ? ` (${layoutName(layout)})` : '';
  return `${formatInteger(gpus)} × ${e.scenario.gpu.name}${split}`;
}

/** Why even one sample or one token does not fit: what one needs against what is usable, and the part to blame. */
function whyNothingFits(e: Estimate, curve: CurveData, unit: UnitSystem): string {
  const bytes = (value: number) => formatBytesIn(value, unit);
  const point = curve.points[0]!;
  const parts = point.bytes;
  const states = parts.weights + parts.gradients + parts.optimizer + parts.overhead;
  const what =
    e.scenario.mode === 'inference'
      ? 'the weights and runtime overhead'
      : 'the model states and runtime overhead';
  const blame =
    states > curve.capacityBytes
      ? `${what} alone take ${bytes(states)}`
      : `${e.scenario.mode === 'inference' ? 'activations and KV cache' : 'activations'} take ${bytes(parts.activations + parts.kvCache)} of it`;
  const at =
    curve.axis === 'batch'
      ? `batch 1 × ${tokens(e.scenario.seqLen)}`
      : `batch ${formatInteger(e.scenario.batch)} × 1 token`;
  return `it would need at least ${bytes(point.totalBytes)} per GPU at ${at}, against ${bytes(curve.capacityBytes)} usable; ${blame}`;
}

/** The largest batch at the scenario's sequence length, as a sentence. */
export function batchSentence(e: Estimate, data: PlanningData, unit: UnitSystem): string {
  const s = e.scenario;
  const { answer } = data.batch;
  const where = layoutInWords(e);
  if (s.mode === 'inference') {
    const held = tokens(s.seqLen + s.generatedTokens);
    if (answer.value === 0) {
      return `The KV-cache budget on ${where} does not allow even 1 sequence of ${held} (prompt + generated): ${whyNothingFits(e, data.batch, unit)}.`;
    }
    const count = answer.atCeiling
      ? `at least ${formatInteger(answer.value)}`
      : formatInteger(answer.value);
    return `The KV-cache budget on ${where} allows ${count} concurrent ${answer.value === 1 ? 'sequence' : 'sequences'} of ${held} (prompt + generated).`;
  }
  const at = `At ${tokens(s.seqLen)}`;
  if (answer.value === 0) {
    return `${at}, even a batch of 1 does not fit on ${where}: ${whyNothingFits(e, data.batch, unit)}.`;
  }
  if (answer.atCeiling) {
    return `${at}, the largest batch that fits on ${where} is at least ${formatInteger(answer.value)}, the most this calculator checks.`;
  }
  return `${at}, the largest batch that fits on ${where} is ${formatInteger(answer.value)}.`;
}

/** The longest sequence (inference: prompt) at the scenario's batch, as a sentence. */
export function seqLenSentence(e: Estimate, data: PlanningData, unit: UnitSystem): string {
  const s = e.scenario;
  const { answer } = data.seqLen;
  const generated = s.generatedTokens > 0 ? ` with ${tokens(s.generatedTokens)} generated` : '';
  const what =
    s.mode === 'inference'
      ? `the longest prompt that fits${generated}`
      : 'the longest sequence that fits';
  const at = `At batch ${formatInteger(s.batch)}`;
  if (answer.value === 0) {
    return `${at}, not even 1 token fits on ${layoutInWords(e)}: ${whyNothingFits(e, data.seqLen, unit)}.`;
  }
  if (answer.atCeiling) {
    return `${at}, ${what} is at least ${tokens(answer.value)}, the most this calculator checks.`;
  }
  const held = s.mode === 'inference' ? answer.value + s.generatedTokens : answer.value;
  const beyond =
    held > s.model.maxPositions
      ? `${held === answer.value ? '' : ` (${tokens(held)} with the generated ones)`}, beyond the ${formatInteger(s.model.maxPositions)} positions ${s.model.name} was trained for`
      : '';
  return `${at}, ${what} is ${tokens(answer.value)}${beyond}.`;
}

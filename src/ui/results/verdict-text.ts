import { weightFormat } from '../../domain/formats/catalogue';
import type { Estimate } from '../../domain/estimate';
import type { StageSearch } from '../../domain/gpu-search';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { layoutName, stageName } from '../../lib/layout-name';
import type { UnitSystem } from '../../domain/units';
import { servingVerdict } from '../serving/serving-verdict';
import { trainingVerdictText, type RecomputeHint } from './training-verdict-text';

/** The answer in words: a headline, and the sentences that explain or qualify it. */
export interface VerdictText {
  fits: boolean;
  /** Fits, but above the tight threshold of the usable memory (training, docs/method.md §13). */
  tight?: boolean;
  headline: string;
  notes: string[];
}

const gpusWord = (count: number): string =>
  `${formatInteger(count)} ${count === 1 ? 'GPU' : 'GPUs'}`;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "ZeRO-3 needs 6 GPUs (TP 2 × DP 3)" or, with nothing that fits, the search's reason. */
function stageSentence(stage: StageSearch): string {
  const subject = stage.zeroStage === 0 ? 'Without ZeRO it' : stageName(stage.zeroStage);
  if (!stage.fit)
    return `${stageName(stage.zeroStage)}, nothing fits: ${stage.reason ?? 'no layout fits'}`;
  const { gpus, layout } = stage.fit;
  return gpus === 1
    ? `${subject} fits on one GPU`
    : `${subject} needs ${gpusWord(gpus)} (${layoutName(layout, { withZero: false })})`;
}

/** What fits at the chosen ZeRO stage and, when it is fewer GPUs, at the best one. */
function stageNotes(e: Estimate): string[] {
  const chosen = e.chosenStage;
  const best = e.bestStage;
  const bestIsBetter = best?.fit && (!chosen.fit || best.fit.gpus < chosen.fit.gpus);
  const notes = [
    `${stageSentence(chosen)}${chosen.fit && !bestIsBetter ? ', as few as any ZeRO stage' : ''}.`,
  ];
  if (bestIsBetter) notes.push(`${stageSentence(best)}, the fewest of any stage.`);
  else if (!best) notes.push('No ZeRO stage fits on this GPU.');
  return notes;
}

/**
 * The verdict for one estimate: whether and how the workload fits on the chosen GPU, in the
 * store's unit. Training adds whether plain DDP (every GPU holding everything) could ever fit,
 * since that is the seed's implicit assumption and sharding is what changes the count.
 */
export function verdictText(
  e: Estimate,
  unit: UnitSystem,
  recompute: RecomputeHint | null = null,
): VerdictText {
  const serving = servingVerdict(e, unit);
  if (serving) return serving;
  if (e.training) return trainingVerdictText(e, unit, recompute);
  const s = e.scenario;
  const { layout, gpus, fits, freeBytes, perGpuBytes, capacityBytes } = e.layout;
  const gpu = s.gpu.name;
  const bytes = (value: number) => formatBytesIn(value, unit);
  const isTraining = s.mode !== 'inference';
  const notes: string[] = [];
  let headline: string;

  if (fits && gpus === 1) {
    headline = `Fits on 1 × ${gpu} with ${bytes(freeBytes)} to spare`;
  } else if (fits && s.layout === 'auto') {
    headline = `Needs ${formatInteger(gpus)} × ${gpu} with ${layoutName(layout)}`;
  } else if (fits) {
    headline = `Fits on ${formatInteger(gpus)} × ${gpu} (${layoutName(layout)}) with ${bytes(freeBytes)} to spare per GPU`;
  } else if (s.layout === 'manual') {
    const count = gpus > 1 ? `${formatInteger(gpus)} × ` : '';
    headline = `Does not fit: ${bytes(perGpuBytes)} per GPU on ${count}${gpu} (${bytes(capacityBytes)} usable, ${bytes(-freeBytes)} over)`;
  } else {
    headline = isTraining
      ? `Does not fit on ${gpu} at any layout ${e.chosenStage.zeroStage === 0 ? 'without ZeRO' : `with ZeRO-${e.chosenStage.zeroStage}`}`
      : `Does not fit on ${gpu} at any layout`;
  }

  if (s.layout === 'manual' && e.chosenStage.fit && (!fits || e.chosenStage.fit.gpus < gpus)) {
    const smallest = e.chosenStage.fit;
    notes.push(
      `The automatic layout would use ${gpusWord(smallest.gpus)}${smallest.gpus > 1 ? ` (${layoutName(smallest.layout)})` : ''}.`,
    );
  }
  if (!fits && s.layout === 'auto' && !isTraining && e.chosenStage.reason) {
    notes.push(`${capitalise(e.chosenStage.reason)}.`);
  }
  if (isTraining && !e.plainDdp.fits) {
    notes.push(
      `Does not fit with plain DDP at any size: each GPU would hold the full ${bytes(e.plainDdp.perGpuBytes)} (${bytes(capacityBytes)} usable).`,
      ...stageNotes(e),
    );
  }
  return { fits, headline, notes };
}

/** The scenario in one line, so the verdict names what it is about. */
export function scenarioSummary(e: Estimate): string {
  const s = e.scenario;
  const mode =
    s.mode === 'inference'
      ? 'inference'
      : s.mode === 'training'
        ? 'training'
        : `${s.finetuneMethod === 'full' ? 'full' : s.finetuneMethod === 'qlora' ? 'QLoRA' : 'LoRA'} fine-tuning`;
  const tokens =
    s.mode === 'inference'
      ? `${formatInteger(s.seqLen)} prompt + ${formatInteger(s.generatedTokens)} generated tokens`
      : `${formatInteger(s.seqLen)} tokens`;
  return `${s.model.name} · ${mode} · ${weightFormat(s.dtype).label} · batch ${formatInteger(s.batch)} × ${tokens}`;
}

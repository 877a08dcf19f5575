import { weightFormat } from '../../domain/formats/catalogue';
import type { Estimate } from '../../domain/estimate';
import { OPTIMIZER_LABELS } from '../../domain/memory/model-states';
import {
  formatBytesIn,
  formatInteger,
  formatNumber,
  formatParams,
  formatRate,
} from '../../lib/format';
import { layoutName } from '../../lib/layout-name';
import { tokenCountText } from './token-count-text';
import type { UnitSystem } from '../../domain/units';

const MODE_WORDS = {
  training: 'Training',
  finetune: 'Fine-tuning',
  inference: 'Inference',
} as const;
const FINETUNE_WORDS = { full: 'Full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' } as const;
const RECOMPUTE_WORDS = { none: 'none', selective: 'selective', full: 'full' } as const;

const percent = (fraction: number): string => `${formatNumber(fraction * 100)}%`;
const tokens = (count: number): string => `${formatInteger(count)} tokens`;

/** The scenario as setting/value pairs in words, for the exported report. */
export function scenarioSettings(e: Estimate, unit: UnitSystem): [string, string][] {
  const s = e.scenario;
  const { total, active } = e.params;
  const activeText = active < total ? `, ${formatParams(active)} active` : '';
  const rows: [string, string][] = [
    ['Model', `${s.model.name} (${formatParams(total)} parameters${activeText})`],
    ['Mode', MODE_WORDS[s.mode]],
    ['Weight dtype', `${weightFormat(s.dtype).label} (${s.weightAccounting} accounting)`],
    ['Batch size', formatInteger(s.batch)],
  ];
  if (s.mode === 'inference') {
    rows.push(
      ['Prompt tokens', tokens(s.seqLen)],
      ['Generated tokens', tokens(s.generatedTokens)],
      ['KV-cache dtype', s.kvDtype],
    );
  } else {
    rows.push(
      ['Sequence length', tokens(s.seqLen)],
      ['Optimizer', OPTIMIZER_LABELS[s.optimizer]],
      ['Gradients', s.gradients === 'fp32' ? 'fp32' : 'same dtype as the weights'],
      ['Activation recomputation', RECOMPUTE_WORDS[s.recompute]],
      ['Attention kernel', s.attention],
      ['Dropout', s.dropout ? 'on' : 'off'],
    );
    if (s.mode === 'finetune') {
      const adapters =
        s.finetuneMethod === 'full'
          ? FINETUNE_WORDS.full
          : `${FINETUNE_WORDS[s.finetuneMethod]} rank ${formatInteger(s.loraRank)} on ${s.loraTargets.join(', ')} (${s.adapterDtype} adapters)`;
      rows.push(['Fine-tuning', adapters]);
    }
    rows.push([
      'Training token budget',
      `${tokenCountText(s.trainingTokens)} (${tokens(s.trainingTokens)})`,
    ]);
  }
  const { gpus, layout } = e.layout;
  rows.push(
    [
      'GPU',
      `${s.gpu.name}: ${formatBytesIn(s.gpu.memoryBytes, unit)} as the driver reports, ${formatRate(s.gpu.bandwidthBytesPerSecond / 1e12, 'TB')}, ${formatRate(s.gpu.peakFlops / 1e12, 'TFLOP')} peak`,
    ],
    [
      'Layout',
      `${s.layout === 'auto' ? 'automatic' : 'manual'}: ${formatInteger(gpus)} × ${s.gpu.name}, ${layoutName(layout)}`,
    ],
    ['Runtime overhead per GPU', formatBytesIn(s.overheadBytes, unit)],
    ['Safety margin', percent(s.safetyMargin)],
    ['Utilisation', percent(s.utilization)],
  );
  return rows;
}

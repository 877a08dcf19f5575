import type { Estimate } from '../../domain/estimate';

/** Lower-case words joined by hyphens, safe in a file name on every system. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?![0-9])|(?<![0-9])\./g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return words === '' ? 'custom' : words.slice(0, 60).replace(/-$/, '');
}

/** "llama-2-7b-training-rtx-4090": the model, the workload and the GPU, the stem of every exported file. */
export function exportStem(e: Estimate): string {
  const s = e.scenario;
  const model = s.modelPresetId ?? slug(s.model.name);
  const gpu = s.gpuPresetId ?? slug(s.gpu.name);
  const mode = s.mode === 'finetune' ? `${s.finetuneMethod}-finetune` : s.mode;
  return `${model}-${mode}-${gpu}`;
}

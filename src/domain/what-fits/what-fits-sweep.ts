import type { GpuSpec } from '../gpu';
import type { ModelSpec } from '../model';
import { findGpuPreset } from '../presets/gpus';
import { MODEL_PRESETS } from '../presets/models';
import { FINETUNE_METHODS, type Scenario } from '../scenario';
import { CURRENT_KEY, fitsContexts, fitsFormats } from './what-fits-axes';
import {
  computeCell,
  type FinetuneFit,
  type FitsCell,
  type FitsGpu,
  type FitsModel,
  type InferenceFit,
} from './what-fits';

/**
 * Every model preset, and the scenario's own model when it is not one of them (a custom or
 * imported architecture), last.
 */
export function fitsModels(model: string | ModelSpec): FitsModel[] {
  const presets = MODEL_PRESETS.map((preset) => ({
    key: preset.id,
    name: preset.model.name,
    model: preset.id,
    spec: preset.model,
  }));
  if (typeof model === 'string') return presets;
  return [...presets, { key: CURRENT_KEY, name: model.name, model, spec: model }];
}

/**
 * The GPUs a selection names, in its order, each once: preset ids, and `current` for the
 * scenario's own GPU, which a preset already in the selection stands for. Unknown ids are left out.
 */
export function fitsGpus(selection: readonly string[], gpu: string | GpuSpec): FitsGpu[] {
  const gpus: FitsGpu[] = [];
  const add = (entry: FitsGpu) => {
    if (!gpus.some((known) => known.key === entry.key)) gpus.push(entry);
  };
  for (const key of selection) {
    const id = key === CURRENT_KEY ? gpu : key;
    if (typeof id === 'object') {
      add({ key: CURRENT_KEY, name: id.name, gpu: id });
      continue;
    }
    const preset = findGpuPreset(id);
    if (preset) add({ key: preset.id, name: preset.gpu.name, gpu: preset.id });
  }
  return gpus;
}

/**
 * Every cell of the sweep, GPU by GPU and model by model: each format at each request length for
 * inference, then each fine-tuning method.
 */
export function sweepCells(gpus: readonly FitsGpu[], models: readonly FitsModel[]): FitsCell[] {
  const cells: FitsCell[] = [];
  for (const gpu of gpus)
    for (const model of models) {
      for (const format of fitsFormats(model.spec))
        for (const context of fitsContexts(model.spec))
          cells.push({ kind: 'inference', gpu, model, format, context });
      for (const method of FINETUNE_METHODS) cells.push({ kind: 'finetune', gpu, model, method });
    }
  return cells;
}

/** The sweep's answer, split by kind. */
export interface WhatFits {
  inference: InferenceFit[];
  finetune: FinetuneFit[];
}

/** Computed cells, split by kind in their order. */
export function splitFits(fits: readonly (InferenceFit | FinetuneFit)[]): WhatFits {
  const inference: InferenceFit[] = [];
  const finetune: FinetuneFit[] = [];
  for (const fit of fits) {
    if (fit.kind === 'inference') inference.push(fit);
    else finetune.push(fit);
  }
  return { inference, finetune };
}

/**
 * The whole sweep at once: what fits of every model on each selected GPU (docs/method.md §17).
 * The page runs the same cells a few at a time so that no task blocks the main thread.
 */
export function whatFits(base: Scenario, selection: readonly string[]): WhatFits {
  const cells = sweepCells(fitsGpus(selection, base.gpu), fitsModels(base.model));
  return splitFits(cells.map((cell) => computeCell(base, cell)));
}

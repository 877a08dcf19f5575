import { describe, expect, it } from 'vitest';
import { findGpuPreset } from '../presets/gpus';
import { findModelPreset, MODEL_PRESETS } from '../presets/models';
import { freshScenario, type FinetuneMethod } from '../scenario';
import type { FormatId } from '../formats/catalogue';
import { validateScenario } from '../scenario-validation';
import { computeCell, sweepKey, type FinetuneFit, type InferenceFit } from './what-fits';
import { CURRENT_KEY, fitsContexts, fitsEngine, fitsFormats } from './what-fits-axes';
import { fitsGpus, fitsModels, sweepCells, whatFits } from './what-fits-sweep';

const base = freshScenario();
const gpuOf = (id: string) => fitsGpus([id], id)[0]!;
const modelOf = (id: string) => fitsModels(id).find((model) => model.key === id)!;

const serve = (model: string, gpu: string, format: FormatId, context = 4096) =>
  computeCell(base, {
    kind: 'inference',
    gpu: gpuOf(gpu),
    model: modelOf(model),
    format,
    context,
  }) as InferenceFit;

const tune = (model: string, gpu: string, method: FinetuneMethod) =>
  computeCell(base, {
    kind: 'finetune',
    gpu: gpuOf(gpu),
    model: modelOf(model),
    method,
  }) as FinetuneFit;

describe('what fits: published answers (docs/method.md §17)', () => {
  it('gpt-oss-120b in MXFP4 fits on one 80 GB H100 (OpenAI, gpt-oss model card: "gpt-oss-120b ... fit on a single 80GB GPU")', () => {
    const fit = serve('gpt-oss-120b', 'h100-80gb', 'mxfp4');
    expect(fit.status).toBe('fits');
    expect(fit.gpus).toBe(1);
    expect(fit.maxConcurrency).toBeGreaterThanOrEqual(1);
    expect(fit.tokensPerSecond).toBeGreaterThan(0);
  });

  it('gpt-oss-120b in bf16 does not fit on one 80 GB H100: the card names MXFP4 as what makes it fit', () => {
    expect(serve('gpt-oss-120b', 'h100-80gb', 'bf16').gpus).toBeGreaterThan(1);
  });

  it('gpt-oss-20b runs within 16 GB (OpenAI, introducing gpt-oss: "can run on edge devices with just 16 GB of memory"): llama.cpp\'s MXFP4 file on one 16 GB T4', () => {
    const fit = serve('gpt-oss-20b', 't4-16gb', 'gguf-mxfp4_moe');
    expect(fit.engine).toBe('llamacpp');
    expect(fit.status).toBe('fits');
    expect(fit.gpus).toBe(1);
  });

  it('Llama-3.1-70B in bf16 does not fit on one 80 GB GPU: 70.6B parameters × 2 bytes is 141 GB (Meta, Llama 3.1 model card)', () => {
    const fit = serve('llama-3.1-70b', 'h100-80gb', 'bf16');
    expect(fit.status).toBe('fits');
    expect(fit.gpus).toBeGreaterThan(1);
    expect(fit.nodes).toBe(1);
  });

  it('Llama-3.1-405B needs more than one 8 × H100 node in bf16 and fits in one in FP8 (Llama 3 paper §6: FP8 "to run within a single server node")', () => {
    expect(serve('llama-3.1-405b', 'h100-80gb', 'bf16').nodes).toBeGreaterThan(1);
    const fp8 = serve('llama-3.1-405b', 'h100-80gb', 'fp8');
    expect(fp8.status).toBe('fits');
    expect(fp8.nodes).toBe(1);
  });

  it('full fine-tuning of Llama-2-7B does not fit on one 80 GB GPU: mixed-precision Adam keeps 16 bytes a parameter, 108 GB (ZeRO, Rajbhandari et al. 2020, §3.1)', () => {
    const fit = tune('llama-2-7b', 'a100-80gb', 'full');
    expect(fit.status).toBe('fits');
    expect(fit.gpus).toBeGreaterThan(1);
    expect(tune('llama-2-7b', 'a100-80gb', 'lora').gpus).toBe(1);
  });

  it('QLoRA fine-tunes Llama-2-70B on one 80 GB GPU (Dettmers et al. 2023: "finetune a 65B parameter model on a single 48GB GPU")', () => {
    const fit = tune('llama-2-70b', 'a100-80gb', 'qlora');
    expect(fit.status).toBe('fits');
    expect(fit.gpus).toBe(1);
    expect(tune('llama-2-70b', 'a100-80gb', 'lora').gpus).toBeGreaterThan(1);
  });
});

describe('what fits: the sweep', () => {
  it("tries each request length capped at the model's longest context, each once", () => {
    expect(fitsContexts(findModelPreset('llama-3.1-8b')!.model)).toEqual([4096, 32_768, 131_072]);
    expect(fitsContexts(findModelPreset('qwen3-8b')!.model)).toEqual([4096, 32_768, 40_960]);
    expect(fitsContexts(findModelPreset('llama-2-7b')!.model)).toEqual([4096]);
  });

  it("serves GGUF with llama.cpp and every other format with the scenario's engine, or vLLM in place of llama.cpp", () => {
    expect(fitsEngine('gguf-q4_k_m', 'vllm')).toBe('llamacpp');
    expect(fitsEngine('awq-int4', 'sglang')).toBe('sglang');
    expect(fitsEngine('bf16', 'llamacpp')).toBe('vllm');
    expect(fitsFormats(findModelPreset('mixtral-8x7b')!.model)).toContain('mxfp4');
    expect(fitsFormats(findModelPreset('llama-3.1-8b')!.model)).not.toContain('mxfp4');
  });

  it('follows the scenario: its engine and KV type go into every row its engine serves', () => {
    const sglang = freshScenario({ engine: 'sglang', kvDtype: 'fp8' });
    const { inference } = whatFits(sglang, ['l4-24gb']);
    const awq = inference.find(
      (fit) => fit.modelKey === 'llama-3.1-8b' && fit.format === 'awq-int4',
    )!;
    expect(awq.scenario.engine).toBe('sglang');
    expect(awq.scenario.kvDtype).toBe('fp8');
    const gguf = inference.find((fit) => fit.format === 'gguf-q4_k_m')!;
    expect(gguf.scenario.kvDtype).toBe('auto');
  });

  it('every cell is a valid scenario of its own, or says why the engine rejects it', () => {
    const { inference, finetune } = whatFits(base, ['rtx-4090']);
    expect(inference.length + finetune.length).toBe(
      sweepCells(fitsGpus(['rtx-4090'], base.gpu), fitsModels(base.model)).length,
    );
    for (const fit of [...inference, ...finetune]) {
      if (fit.status === 'not-applicable') expect(fit.reason).toMatch(/\w+: /);
      else expect(validateScenario(fit.scenario)).toEqual([]);
      if (fit.status === 'fits') {
        expect(fit.gpus).toBeGreaterThanOrEqual(1);
        expect(fit.perGpuBytes).toBeGreaterThan(0);
      } else expect(fit.reason).not.toBeNull();
    }
    expect(new Set(inference.map((fit) => fit.id)).size).toBe(inference.length);
  });

  it('adds a custom model after the presets and sweeps a custom GPU as the current one', () => {
    const custom = { ...findModelPreset('llama-3.1-8b')!.model, name: 'My 8B' };
    const gpu = { ...findGpuPreset('h100-80gb')!.gpu, name: 'Lab GPU' };
    const models = fitsModels(custom);
    expect(models).toHaveLength(MODEL_PRESETS.length + 1);
    expect(models.at(-1)).toMatchObject({ key: CURRENT_KEY, name: 'My 8B' });
    expect(fitsGpus([CURRENT_KEY, 'a100-80gb', 'nope', 'a100-80gb'], gpu)).toEqual([
      { key: CURRENT_KEY, name: 'Lab GPU', gpu },
      { key: 'a100-80gb', name: 'A100 80GB', gpu: 'a100-80gb' },
    ]);
    expect(fitsGpus([CURRENT_KEY, 'h100-80gb'], 'h100-80gb')).toHaveLength(1);
  });
});

describe('what fits: when a sweep starts again', () => {
  it('changes its key for a setting every cell keeps, and not for one every cell sets', () => {
    const key = sweepKey(base);
    expect(sweepKey({ ...base, batch: 64, mode: 'inference', dtype: 'fp8' })).toBe(key);
    expect(sweepKey({ ...base, model: 'gpt-3', seqLen: 8192 })).toBe(key);
    expect(sweepKey({ ...base, gpu: 'h100-80gb' })).not.toBe(key);
    expect(sweepKey({ ...base, engine: 'sglang' })).not.toBe(key);
    expect(sweepKey({ ...base, overheadBytes: 2 ** 31 })).not.toBe(key);
    expect(sweepKey({ ...base, model: findModelPreset('gpt-3')!.model })).not.toBe(key);
  });
});

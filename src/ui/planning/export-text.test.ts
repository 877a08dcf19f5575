import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analysis';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { formatBytesIn } from '../../lib/format';
import { estimateCsv } from './export-csv';
import { estimateMarkdown } from './export-markdown';
import { exportStem, slug } from './export-names';
import { batchSentence, seqLenSentence } from './fit-sentences';
import { planningData } from './planning-data';
import { speedText } from './speed-figures';

const LINK = 'https://example.org/?v=1';

function markdownFor(patch: Partial<Scenario>) {
  const e = estimate({ ...DEFAULT_SCENARIO, ...patch });
  const data = planningData(e, 'GB');
  const fits = [batchSentence(e, data, 'GB'), seqLenSentence(e, data, 'GB')];
  return {
    e,
    text: estimateMarkdown({
      estimate: e,
      unit: 'GB',
      link: LINK,
      fits,
      speed: speedText(e, 'GB'),
    }),
  };
}

describe('Markdown report', () => {
  it('has the scenario, parts per GPU and in total, GPUs, rule of thumb, what fits, speed and assumptions', () => {
    const { e, text } = markdownFor({});
    expect(text).toMatch(/^# Llama-2-7B · training · bf16 · batch 1 × 2,048 tokens\n/);
    expect(text).toContain('**FSDP full shard on 17 × RTX 4090 24GB.**');
    expect(text).toContain(`[Open this scenario in the calculator](<${LINK}>)`);
    expect(text).toContain('| Model | Llama-2-7B (6.74B parameters) |');
    expect(text).toContain('| Training token budget | 1T (1,000,000,000,000 tokens) |');
    expect(text).toContain('| Part | Per GPU | Total on 17 GPUs |\n| --- | ---: | ---: |');
    expect(text).toContain(
      `| Weights | ${formatBytesIn(e.layout.perGpu.weights, 'GB')} | ${formatBytesIn(e.total.weights, 'GB')} |`,
    );
    expect(text).toContain(
      `| **Total** | **${formatBytesIn(e.layout.perGpuBytes, 'GB')}** | **${formatBytesIn(e.totalBytes, 'GB')}** |`,
    );
    expect(text).toContain('| Rule of thumb (seed article) | ⌈6.74 × 18 × 1.25 ÷ 24⌉ = 7 GPUs |');
    expect(text).toContain(
      '- At 2,048 tokens, the largest batch that fits on 17 × RTX 4090 24GB (FSDP full shard) is 1.',
    );
    expect(text).toContain('| GPU-hours for 1T tokens | 169,956 GPU-hours |');
    expect(text).toContain(
      '- Training is compute-bound: 6 FLOPs per active parameter (6.74B) per token',
    );
    for (const assumption of e.assumptions) expect(text).toContain(`- ${assumption}`);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows inference with the KV cache, and escapes pipes in names', () => {
    const llama = estimate(DEFAULT_SCENARIO).scenario.model;
    const { text } = markdownFor({ mode: 'inference', model: { ...llama, name: 'My | model' } });
    expect(text).toContain('| Model | My \\| model (6.74B parameters) |');
    expect(text).toContain('| KV cache |');
    expect(text).not.toContain('| Gradients |');
    expect(text).toContain('| First token, one request alone | 418 ms for 2,048 prompt tokens |');
  });
});

describe('CSV', () => {
  it('has one row per part and per dtype in exact bytes, a total per dtype, and why a dtype does not apply', () => {
    const text = estimateCsv(analyse(DEFAULT_SCENARIO).dtypes());
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'dtype,part,per_gpu_bytes,total_bytes,capacity_per_gpu_bytes,gpus,layout,fits,note',
    );
    const e = estimate(DEFAULT_SCENARIO);
    const weights = `bf16,Weights,${Math.round(e.layout.perGpu.weights)},${Math.round(e.total.weights)},${Math.round(e.layout.capacityBytes)},17,FSDP full shard,yes,`;
    expect(lines).toContain(weights);
    expect(lines).toContain(
      `bf16,Total,${Math.round(e.layout.perGpuBytes)},${Math.round(e.totalBytes)},${Math.round(e.layout.capacityBytes)},17,FSDP full shard,yes,`,
    );
    // Training: five parts and a total for fp32, bf16 and fp16; one row each for the six compared formats that cannot be trained.
    expect(lines).toHaveLength(1 + 3 * 6 + 6);
    expect(lines.find((line) => line.startsWith('int4,'))).toMatch(
      /^int4,,,,,,,,"int4 \(group 128\) weights cannot be trained directly; .*"$/,
    );
  });
});

describe('file names', () => {
  it('name the model, the workload and the GPU', () => {
    expect(exportStem(estimate(DEFAULT_SCENARIO))).toBe('llama-2-7b-training-rtx-4090');
    expect(
      exportStem(
        estimate({ ...DEFAULT_SCENARIO, mode: 'finetune', finetuneMethod: 'qlora', dtype: 'int4' }),
      ),
    ).toBe('llama-2-7b-qlora-finetune-rtx-4090');
    expect(slug('Llama 3.1 / 8B (mine).')).toBe('llama-3.1-8b-mine');
    expect(slug('日本語')).toBe('custom');
  });
});

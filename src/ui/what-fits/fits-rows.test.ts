import { describe, expect, it } from 'vitest';
import { freshScenario } from '../../domain/scenario';
import type { InferenceFit } from '../../domain/what-fits/what-fits';
import { whatFits } from '../../domain/what-fits/what-fits-sweep';
import { FITS_DEFAULTS, type FitsChoices } from '../../state/fits-choices';
import {
  contextText,
  filterInference,
  finetuneRows,
  inferenceRowText,
  methodText,
  sortInference,
} from './fits-rows';

const fits = whatFits(freshScenario(), ['rtx-4090', 'h100-80gb']);
const choices = (changes: Partial<FitsChoices>): FitsChoices => ({ ...FITS_DEFAULTS, ...changes });

describe('what-fits rows', () => {
  it('keeps rows on one GPU, within one node, or every row', () => {
    const one = filterInference(fits.inference, choices({ fit: 'gpu' }));
    const node = filterInference(fits.inference, choices({ fit: 'node' }));
    const all = filterInference(fits.inference, choices({ fit: 'all' }));
    expect(one.every((row) => row.status === 'fits' && row.gpus === 1)).toBe(true);
    expect(node.every((row) => row.status === 'fits' && row.nodes === 1)).toBe(true);
    expect(one.length).toBeLessThan(node.length);
    expect(node.length).toBeLessThan(all.length);
    expect(all).toHaveLength(fits.inference.length);
  });

  it('filters by format, shortest context and words of the model name, case ignored', () => {
    const rows = filterInference(
      fits.inference,
      choices({ fit: 'all', format: 'awq-int4', minContext: 32_768, model: 'LLAMA 3.1' }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.format).toBe('awq-int4');
      expect(row.context).toBeGreaterThanOrEqual(32_768);
      expect(row.modelName).toMatch(/^Llama-3\.1/);
    }
    expect(new Set(rows.map((row) => row.gpuName))).toEqual(
      new Set(['RTX 4090 24GB', 'H100 80GB']),
    );
  });

  it('sorts by a column either way, rows without a value last, ties in the sweep order', () => {
    const all = filterInference(fits.inference, choices({ fit: 'all' }));
    const fastest = sortInference(all, { key: 'speed', descending: true });
    const speeds = fastest.map((row) => row.tokensPerSecond);
    const known = speeds.filter((speed): speed is number => speed !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(speeds.slice(known.length).every((speed) => speed === null)).toBe(true);
    const slowest = sortInference(all, { key: 'speed', descending: false });
    expect(slowest[0]!.tokensPerSecond).toBe(Math.min(...known));
    expect(slowest.at(-1)!.tokensPerSecond).toBeNull();
    expect(sortInference(all, { key: 'model', descending: false })).toEqual(all);
    expect(sortInference(all, { key: 'model', descending: true })).toEqual([...all].reverse());
  });

  it('writes a row as the table shows it', () => {
    const row = fits.inference.find(
      (fit) => fit.id === 'inference|h100-80gb|gpt-oss-120b|mxfp4@4096',
    ) as InferenceFit;
    const text = inferenceRowText(row, 'GiB');
    expect(text).toMatchObject({
      model: 'gpt-oss-120b',
      gpu: 'H100 80GB',
      format: 'MXFP4',
      engine: 'vLLM',
      context: '4k',
      place: '1 GPU',
    });
    expect(text.memory).toMatch(/GiB$/);
    expect(text.speed).toMatch(/tokens\/s$/);
    expect(contextText(40_960)).toBe('40k');
    expect(contextText(131_072)).toBe('128k');
    expect(contextText(3000)).toBe('3,000');
  });

  it('groups fine-tuning by GPU and model, naming where each method fits and with what', () => {
    const rows = finetuneRows(fits.finetune, choices({ fit: 'all', model: 'llama-2-7b' }));
    expect(rows.map((row) => row.gpu)).toEqual(['RTX 4090 24GB', 'H100 80GB']);
    expect(methodText(rows[1]!.methods.lora)).toBe('1 GPU (DDP)');
    const oneGpu = finetuneRows(fits.finetune, choices({ fit: 'gpu' }));
    for (const row of oneGpu)
      expect(Object.values(row.methods).some((fit) => fit.gpus === 1)).toBe(true);
  });
});

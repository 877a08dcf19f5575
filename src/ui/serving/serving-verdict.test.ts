import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWith, SERVING_ISSUE_CASE } from '../../test/scenario-fixtures';
import { verdictText } from '../results/verdict-text';

describe('the verdict in the engine’s words (docs/method.md §11)', () => {
  it('vLLM: where it starts, its KV cache, blocks and concurrency at max_model_len', () => {
    const e = estimateWith(SERVING_ISSUE_CASE);
    const d = e.serving!.memory!.detail;
    if (d.engine !== 'vllm') throw new Error('vLLM expected');
    const verdict = verdictText(e, 'GiB');
    expect(verdict.fits).toBe(true);
    expect(verdict.headline).toBe(
      `vLLM starts on 4 × H100 80GB with TP 4: ${(d.budget.availableKvBytes / 2 ** 30).toPrecision(3)} GiB of KV cache, ${d.blocks.numBlocks.toLocaleString('en-US')} blocks, ${Math.floor(d.concurrency)} concurrent requests at 9,216 tokens`,
    );
    expect(verdict.notes).toContain(
      `The 16 requests of 9,216 tokens take ${d.requestBlocks.toLocaleString('en-US')} of the ${d.blocks.numBlocks.toLocaleString('en-US')} blocks.`,
    );
  });

  it('vLLM refuses to start when one request of max_model_len does not fit, and says how long one can be', () => {
    const verdict = verdictText(
      estimateWith({
        mode: 'inference',
        model: 'llama-3.1-8b',
        gpu: 'rtx-4090',
        maxModelLen: 131_072,
        layout: 'manual',
      }),
      'GiB',
    );
    expect(verdict.fits).toBe(false);
    expect(verdict.headline).toMatch(
      /^vLLM will refuse to start: one request of 131,072 tokens needs 16 GiB of KV cache, [\d.]+ GiB is available$/,
    );
    expect(verdict.notes[0]).toMatch(
      /^The longest max_model_len that starts is [\d,]+ tokens \(what --max-model-len auto picks\)/,
    );
  });

  it('the "will not start" verdict appears exactly when one request of max_model_len exceeds the available KV memory', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2304, max: 131_072 }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (maxModelLen, util) => {
          const e = estimateWith({
            mode: 'inference',
            model: 'llama-3.1-8b',
            gpu: 'rtx-4090',
            layout: 'manual',
            maxModelLen,
            memoryFraction: util,
          });
          const d = e.serving!.memory!.detail;
          if (d.engine !== 'vllm') throw new Error('vLLM expected');
          const refuses = verdictText(e, 'GB').headline.startsWith('vLLM will refuse to start');
          expect(refuses).toBe(
            !(d.budget.availableKvBytes > 0 && d.startNeedBytes <= d.budget.availableKvBytes),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    [
      'sglang',
      /^SGLang starts on 4 × H100 80GB with TP 4: [\d.]+ GiB of KV cache, max_total_num_tokens [\d,]+, \d+ concurrent requests of 9,216 tokens$/,
    ],
    [
      'trtllm',
      /^TensorRT-LLM starts on 4 × H100 80GB with TP 4: [\d.]+ GiB of KV cache, [\d,]+ blocks of 32 tokens \([\d,]+ tokens\)$/,
    ],
    [
      'llamacpp',
      /^llama\.cpp runs on \d × H100 80GB with the layers split over \d GPUs: [\d.]+ GiB of KV cache for -c 147,456 \(16 slots of 9,216 tokens\), -ngl 81$/,
    ],
  ] as const)('%s', (engine, headline) => {
    expect(verdictText(estimateWith({ ...SERVING_ISSUE_CASE, engine }), 'GiB').headline).toMatch(
      headline,
    );
  });

  it('plain PyTorch keeps the general verdict', () => {
    expect(
      verdictText(estimateWith({ ...SERVING_ISSUE_CASE, engine: 'hf' }), 'GiB').headline,
    ).toMatch(/^Needs \d+ × H100 80GB with /);
  });

  it('a target throughput adds replicas of the layout', () => {
    const e = estimateWith({ ...SERVING_ISSUE_CASE, targetTokensPerSecond: 10_000 });
    const replicas = e.serving!.replicas!;
    expect(replicas.replicas).toBe(Math.ceil(10_000 / replicas.perReplicaTokensPerSecond));
    expect(verdictText(e, 'GB').notes.join(' ')).toMatch(
      new RegExp(
        `${replicas.replicas} replicas of this layout \\(${replicas.gpus} GPUs\\) reach 10,000 tokens/s`,
      ),
    );
  });
});

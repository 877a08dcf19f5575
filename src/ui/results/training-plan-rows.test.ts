import { describe, expect, it } from 'vitest';
import { estimateWith } from '../../test/scenario-fixtures';
import { deepSpeedTable } from './deepspeed-rows';
import { planTableRows } from './training-plan-rows';
import { zero3Estimate } from '../../domain/training/deepspeed-estimator';

const llama8b = {
  model: 'llama-3.1-8b',
  gpu: 'a100-80gb',
  mode: 'finetune',
  finetuneMethod: 'full',
} as const;

describe('the plans table (docs/method.md §12)', () => {
  it('one row per framework, best first, the verdict’s plan marked, each with its setting', () => {
    const rows = planTableRows(estimateWith(llama8b), 'GB');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      name: 'FSDP shard grad op',
      gpus: '3',
      layout: null,
      status: 'Room to spare',
      isInForce: true,
    });
    expect(rows.filter((row) => row.isInForce)).toHaveLength(1);
    const megatron = rows.find((row) => row.framework === 'megatron')!;
    expect(megatron.layout).toMatch(/^Megatron-LM TP 2 × DP 2 with sequence parallel$/);
    expect(megatron.setting).toContain('--use-distributed-optimizer');
    const ddp = rows.find((row) => row.framework === 'ddp')!;
    expect(ddp).toMatchObject({ gpus: '—', status: 'Does not fit' });
    expect(ddp.detail).toMatch(/model states/);
    expect(rows[0]!.detail).toMatch(
      /^peaks at the (end of forward|start of backward|optimizer step)$/,
    );
  });

  it('offload shows host memory per node, and frameworks that cannot offload say why', () => {
    const rows = planTableRows(
      estimateWith({ ...llama8b, offloadOptimizer: 'cpu', offloadParams: 'cpu' }),
      'GB',
    );
    expect(rows.find((row) => row.framework === 'zero3')!.host).toMatch(/^[\d.,]+ GB host$/);
    expect(rows.find((row) => row.framework === 'megatron')!.detail).toBe(
      'Megatron-LM has no optimizer offload',
    );
  });

  it('inference has no plans table', () => {
    expect(planTableRows(estimateWith({ mode: 'inference' }), 'GB')).toEqual([]);
  });
});

describe("DeepSpeed's estimate beside ours (docs/method.md §15)", () => {
  it('prints DeepSpeed’s header and rows for the plan’s GPUs, ours beside the zero_init=1 rows', () => {
    const e = estimateWith(llama8b);
    const table = deepSpeedTable(e, 'GB')!;
    expect(table.heading).toBe(
      `HW: Setup with 1 node, 3 GPUs per node. SW: Model with ${Math.trunc(e.params.total / 1e6)}M total params, ${Math.trunc(e.params.largestLayer / 1e6)}M largest layer params.`,
    );
    expect(table.rows.map((row) => row.stage)).toEqual([
      'ZeRO-2',
      'ZeRO-2',
      'ZeRO-3',
      'ZeRO-3',
      'ZeRO-3',
      'ZeRO-3',
      'ZeRO-3',
      'ZeRO-3',
    ]);
    const none = table.rows.at(-2)!;
    expect(none.options).toBe('offload_param=none, offload_optimizer=none, zero_init=1');
    const ds = zero3Estimate(
      e.params.total,
      e.params.largestLayer,
      { gpusPerNode: 3, nodes: 1 },
      {
        offloadOptimizer: false,
        offloadParams: false,
        zeroInit: true,
      },
    );
    expect(none.dsGpu).toBe(`${(ds.gpuBytes / 2 ** 30).toFixed(2)} GiB`);
    expect(none.oursGpu).toMatch(/GB$/);
    expect(table.rows.at(-1)!.oursGpu).toBe('—');
  });

  it('does not apply to LoRA, whose frozen base DeepSpeed’s estimator would count as trained', () => {
    expect(deepSpeedTable(estimateWith({ mode: 'finetune' }), 'GB')).toBeNull();
  });
});

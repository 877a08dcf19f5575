import { describe, expect, it } from 'vitest';
import { offloadName, planName } from './plan-name';

describe('plan names', () => {
  it('name the framework setting and the splits', () => {
    const base = { tensorParallel: 1, pipelineParallel: 1, sequenceParallel: false } as const;
    expect(planName({ ...base, dataParallel: 3, zeroStage: 3, framework: 'fsdp' })).toBe(
      'FSDP full shard',
    );
    expect(
      planName({
        tensorParallel: 8,
        pipelineParallel: 12,
        dataParallel: 2,
        zeroStage: 1,
        sequenceParallel: true,
        framework: 'megatron',
      }),
    ).toBe('Megatron-LM TP 8 × PP 12 × DP 2 with sequence parallel');
    expect(
      planName({ ...base, dataParallel: 4, zeroStage: 3, framework: 'fsdp', contextParallel: 2 }),
    ).toBe('FSDP full shard with context parallel 2');
    expect(planName({ ...base, dataParallel: 1, zeroStage: 3, framework: 'zero3' })).toBe(
      'one GPU',
    );
  });

  it('name the offload', () => {
    expect(offloadName('none', 'none')).toBeNull();
    expect(offloadName('cpu', 'cpu')).toBe('optimizer and parameter offload to CPU');
    expect(offloadName('nvme', 'cpu')).toBe('optimizer offload to NVMe, parameter offload to CPU');
  });
});

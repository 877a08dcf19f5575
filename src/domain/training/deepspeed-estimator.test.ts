import { describe, expect, it } from 'vitest';
import {
  deepSpeedOptions,
  zero2Estimate,
  zero2Table,
  zero3Estimate,
  zero3Table,
} from './deepspeed-estimator';

/** DeepSpeed prints f"{bytes / 2**30:7.2f}GB": GiB to two decimals. */
const printed = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);

describe("DeepSpeed's estimators (deepspeed/runtime/zero, docs/code-docs/source/memory.rst)", () => {
  const t5 = { totalParams: 2851e6, largestLayerParams: 32e6 };
  const oneNodeOf8 = { gpusPerNode: 8, nodes: 1 };

  it('ZeRO-3, t5-3b cold, 1 node × 8 GPUs: every printed row of memory.rst', () => {
    // estimate_zero3_model_states_mem_needs_all_cold(total_params=2851e6, largest_layer_params=32e6,
    // num_gpus_per_node=8, num_nodes=1), as memory.rst prints it:
    //    71.69GB |   0.12GB | offload_param=cpu , offload_optimizer=cpu , zero_init=1
    //   127.45GB |   0.12GB | offload_param=cpu , offload_optimizer=cpu , zero_init=0
    //    63.72GB |   0.78GB | offload_param=none, offload_optimizer=cpu , zero_init=1
    //   127.45GB |   0.78GB | offload_param=none, offload_optimizer=cpu , zero_init=0
    //     1.43GB |   6.09GB | offload_param=none, offload_optimizer=none, zero_init=1
    //   127.45GB |   6.09GB | offload_param=none, offload_optimizer=none, zero_init=0
    const rows = zero3Table(t5.totalParams, t5.largestLayerParams, oneNodeOf8);
    expect(rows.map((row) => [printed(row.cpuBytes), printed(row.gpuBytes)])).toEqual([
      ['71.69', '0.12'],
      ['127.45', '0.12'],
      ['63.72', '0.78'],
      ['127.45', '0.78'],
      ['1.43', '6.09'],
      ['127.45', '6.09'],
    ]);
    expect(rows.map((row) => deepSpeedOptions(row, 3))).toEqual([
      'offload_param=cpu , offload_optimizer=cpu , zero_init=1',
      'offload_param=cpu , offload_optimizer=cpu , zero_init=0',
      'offload_param=none, offload_optimizer=cpu , zero_init=1',
      'offload_param=none, offload_optimizer=cpu , zero_init=0',
      'offload_param=none, offload_optimizer=none, zero_init=1',
      'offload_param=none, offload_optimizer=none, zero_init=0',
    ]);
  });

  it('ZeRO-2, t5-3b cold: the offload row as printed, and the current formula for the other (docs row is stale since PR #5099)', () => {
    // memory.rst: "127.45GB |   5.31GB | offload_optimizer=cpu" and "127.45GB |  15.93GB | offload_optimizer=none".
    const [offload, none] = zero2Table(t5.totalParams, oneNodeOf8);
    expect([printed(offload!.cpuBytes), printed(offload!.gpuBytes)]).toEqual(['127.45', '5.31']);
    expect(printed(none!.cpuBytes)).toBe('127.45');
    // stage_1_and_2.py since commit f4cb866c2 (#5099): gpu_mem = 2 * total_params + int(18 * total_params / total_gpus).
    expect(printed(none!.gpuBytes)).toBe('11.28');
    // The docs' 15.93 is the formula before #5099: 4 * total_params + int(16 * total_params / total_gpus).
    expect(printed(4 * t5.totalParams + Math.trunc((16 * t5.totalParams) / 8))).toBe('15.93');
    expect(deepSpeedOptions(offload!, 2)).toBe('offload_optimizer=cpu ');
  });

  it('ZeRO-3 hand example, t5-large on 4 GPUs (memory.rst, printed >> 20): 125, 3291, 477 MiB', () => {
    const hw = { gpusPerNode: 4, nodes: 1 };
    const mib = (bytes: number) => Math.floor(bytes / 2 ** 20);
    const row = (offloadOptimizer: boolean, offloadParams: boolean) =>
      zero3Estimate(737.67e6, 32.9e6, hw, { offloadOptimizer, offloadParams, zeroInit: true });
    expect(mib(4 * 32.9e6)).toBe(125);
    expect(mib(row(false, false).gpuBytes)).toBe(3291);
    expect(mib(row(true, true).gpuBytes)).toBe(125);
    expect(mib(row(true, false).gpuBytes)).toBe(477);
  });

  it('ZeRO-2 over several nodes divides by every GPU and counts CPU memory per node', () => {
    const two = zero2Estimate(1e9, { gpusPerNode: 8, nodes: 2 }, false);
    expect(two.gpuBytes).toBe(2e9 + Math.trunc(18e9 / 16));
    expect(two.cpuBytes).toBe(1e9 * 4 * 8 * 1.5);
  });
});

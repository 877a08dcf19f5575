/**
 * DeepSpeed's own model-state estimators, line for line (docs/method.md §15):
 * estimate_zero2_model_states_mem_needs in deepspeed/runtime/zero/stage_1_and_2.py and
 * estimate_zero3_model_states_mem_needs in deepspeed/runtime/zero/stage3.py. Bytes per GPU and per
 * node ("per CPU"), for the parameters only: no activations, buffers or CUDA context.
 */

/** "additional_buffer_factor=1.5 as an additional buffer factor to be conservative". */
const ADDITIONAL_BUFFER_FACTOR = 1.5;

export interface DeepSpeedHardware {
  gpusPerNode: number;
  nodes: number;
}

/** One printed row: bytes per node's CPU memory and per GPU, and the options that give it. */
export interface DeepSpeedRow {
  cpuBytes: number;
  gpuBytes: number;
  offloadOptimizer: boolean;
  /** ZeRO-3 only. */
  offloadParams: boolean;
  /** ZeRO-3 only: whether the model is built partitioned (deepspeed.zero.Init). */
  zeroInit: boolean;
}

/**
 * ZeRO-2 (current code, since DeepSpeed PR #5099): with optimizer offload the GPU holds the 16-bit
 * parameters, 2Ψ, and the CPU Ψ·max(4·N, 16)·1.5; without it the GPU holds 2Ψ + ⌊18Ψ/N⌋
 * ("2 = params_16bit, 18 = 2_grads_16bit + 4_grads_32bit + 4_params_32bit +
 * 8_optimizer_states_32bit") and the CPU Ψ·4·gpus_per_node·1.5.
 */
export function zero2Estimate(
  totalParams: number,
  hw: DeepSpeedHardware,
  offloadOptimizer: boolean,
): DeepSpeedRow {
  const totalGpus = hw.nodes * hw.gpusPerNode;
  const cpu = offloadOptimizer
    ? totalParams * Math.max(4 * totalGpus, 16) * ADDITIONAL_BUFFER_FACTOR
    : totalParams * 4 * hw.gpusPerNode * ADDITIONAL_BUFFER_FACTOR;
  const gpu = offloadOptimizer
    ? 2 * totalParams
    : 2 * totalParams + Math.trunc((18 * totalParams) / totalGpus);
  return {
    cpuBytes: Math.trunc(cpu),
    gpuBytes: Math.trunc(gpu),
    offloadOptimizer,
    offloadParams: false,
    zeroInit: true,
  };
}

/**
 * ZeRO-3: the largest layer gathered on one GPU, 4·L bytes ("2 bytes fp16 params are gathered and 2
 * bytes fp16 grads are computed"), plus ⌊18Ψ/N⌋ without offload, ⌊2Ψ/N⌋ with the optimizer
 * offloaded, nothing more with parameters offloaded too. CPU: 18 or 16 bytes a parameter over the
 * nodes (zero_init), or the fp32 model every process builds first, times 1.5.
 */
export function zero3Estimate(
  totalParams: number,
  largestLayerParams: number,
  hw: DeepSpeedHardware,
  options: { offloadOptimizer: boolean; offloadParams: boolean; zeroInit: boolean },
): DeepSpeedRow {
  const { offloadOptimizer, offloadParams, zeroInit } = options;
  const totalGpus = hw.nodes * hw.gpusPerNode;
  const gpusFactor = 1 / hw.nodes;
  const largestLayerMemory = 4 * largestLayerParams;
  let gpu: number;
  let cpu: number;
  if (offloadOptimizer) {
    const perParam = offloadParams ? 18 : 16;
    gpu = offloadParams
      ? largestLayerMemory
      : largestLayerMemory + Math.trunc((2 * totalParams) / totalGpus);
    cpu = zeroInit
      ? totalParams * perParam * gpusFactor * ADDITIONAL_BUFFER_FACTOR
      : totalParams *
        Math.max(4 * hw.gpusPerNode, perParam * gpusFactor) *
        ADDITIONAL_BUFFER_FACTOR;
  } else {
    gpu = largestLayerMemory + Math.trunc((18 * totalParams) / totalGpus);
    cpu = zeroInit
      ? largestLayerParams * 4 * hw.gpusPerNode * ADDITIONAL_BUFFER_FACTOR
      : totalParams * 4 * hw.gpusPerNode * ADDITIONAL_BUFFER_FACTOR;
  }
  return {
    cpuBytes: Math.trunc(cpu),
    gpuBytes: Math.trunc(gpu),
    offloadOptimizer,
    offloadParams: offloadOptimizer && offloadParams,
    zeroInit,
  };
}

/** The two rows estimate_zero2_model_states_mem_needs_all_cold prints, in its order. */
export function zero2Table(totalParams: number, hw: DeepSpeedHardware): DeepSpeedRow[] {
  return [true, false].map((offload) => zero2Estimate(totalParams, hw, offload));
}

/** The six rows estimate_zero3_model_states_mem_needs_all_cold prints, in its order. */
export function zero3Table(
  totalParams: number,
  largestLayerParams: number,
  hw: DeepSpeedHardware,
): DeepSpeedRow[] {
  const rows: DeepSpeedRow[] = [];
  for (const offloadOptimizer of [true, false])
    for (const offloadParams of [true, false]) {
      if (!offloadOptimizer && offloadParams) continue;
      for (const zeroInit of [true, false])
        rows.push(
          zero3Estimate(totalParams, largestLayerParams, hw, {
            offloadOptimizer,
            offloadParams,
            zeroInit,
          }),
        );
    }
  return rows;
}

/** The option string DeepSpeed prints beside a row ("offload_param=cpu , offload_optimizer=none, zero_init=1"). */
export function deepSpeedOptions(row: DeepSpeedRow, stage: 2 | 3): string {
  const device = (on: boolean) => (on ? 'cpu ' : 'none');
  if (stage === 2) return `offload_optimizer=${device(row.offloadOptimizer)}`;
  return `offload_param=${device(row.offloadParams)}, offload_optimizer=${device(row.offloadOptimizer)}, zero_init=${row.zeroInit ? 1 : 0}`;
}

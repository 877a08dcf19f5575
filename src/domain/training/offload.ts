import { FRAMEWORK_RULES, type Framework, type OffloadDevice } from './frameworks';

/** One GPU's share of the model states before offload, in bytes. */
export interface ResidentStates {
  weights: number;
  gradients: number;
  optimizer: number;
  /** The optimizer step's temporaries on the GPU. */
  stepTemporary: number;
  /** DeepSpeed's fp32 gradients of this GPU's partition, which follow the optimizer when it moves. */
  fp32GradientPartition: number;
}

/** Where one GPU's states end up: what stays on it, and what it keeps in host memory and on NVMe. */
export interface OffloadSplit {
  gpu: ResidentStates;
  hostBytes: number;
  nvmeBytes: number;
}

/**
 * Moves model states off the GPU as the framework does it (docs/method.md §12). DeepSpeed's
 * `offload_optimizer` moves the optimizer state and the fp32 gradient partition, and the step runs
 * on the CPU (its estimator's ZeRO-2 offload row keeps only the 16-bit parameters, 2Ψ, on the GPU);
 * below stage 2 the 16-bit gradients stay. `offload_param` (stage 3) moves the 16-bit parameter
 * shard. FSDP's CPUOffload(offload_params=True) moves the parameter, gradient and optimizer shards
 * and runs the step on the CPU. NVMe holds what it is given; the pinned staging buffers in host
 * memory are not counted.
 */
export function applyOffload(
  framework: Framework,
  resident: ResidentStates,
  optimizerDevice: OffloadDevice,
  paramDevice: OffloadDevice,
): OffloadSplit {
  const rules = FRAMEWORK_RULES[framework];
  const gpu = { ...resident };
  let host = 0;
  let nvme = 0;
  const move = (bytes: number, device: OffloadDevice) => {
    if (device === 'cpu') host += bytes;
    else if (device === 'nvme') nvme += bytes;
  };
  if (!rules.deepSpeed) {
    const device = optimizerDevice !== 'none' ? optimizerDevice : paramDevice;
    if (device === 'none' || rules.paramOffload.length === 1)
      return { gpu, hostBytes: 0, nvmeBytes: 0 };
    move(gpu.weights + gpu.gradients + gpu.optimizer, device);
    return {
      gpu: { ...gpu, weights: 0, gradients: 0, optimizer: 0, stepTemporary: 0 },
      hostBytes: host,
      nvmeBytes: nvme,
    };
  }
  if (optimizerDevice !== 'none') {
    move(gpu.optimizer + gpu.fp32GradientPartition, optimizerDevice);
    gpu.optimizer = 0;
    gpu.stepTemporary = 0;
    gpu.fp32GradientPartition = 0;
    if (rules.zeroStage >= 2) gpu.gradients = 0;
  }
  if (paramDevice !== 'none' && rules.zeroStage === 3) {
    move(gpu.weights, paramDevice);
    gpu.weights = 0;
  }
  return { gpu, hostBytes: host, nvmeBytes: nvme };
}

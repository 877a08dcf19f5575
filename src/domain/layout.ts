import type { ZeroStage } from './memory/model-states';
import type { Framework } from './training/frameworks';

/** A parallel layout: tensor × pipeline × data-parallel GPUs, with a ZeRO stage over the data-parallel group. */
export interface Layout {
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  zeroStage: ZeroStage;
  sequenceParallel: boolean;
  /** Training: the framework that runs it; absent, the ZeRO stage stands for DDP or DeepSpeed. */
  framework?: Framework;
  /** Training: context-parallel size (1 when absent); GPUs = t · pp · dp · cp. */
  contextParallel?: number;
  /** Training: expert-parallel size within the data-parallel group (1 when absent). */
  expertParallel?: number;
}

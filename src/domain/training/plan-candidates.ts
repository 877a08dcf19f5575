import { hasFastInterconnect, type GpuSpec } from '../gpu';
import type { ModelSpec } from '../model';
import { FRAMEWORK_RULES, type Framework } from './frameworks';

/**
 * A pipeline stage keeps at least this many layers. The deepest published split, Megatron-LM's
 * trillion-parameter GPT (128 layers over 64 stages, Narayanan et al. 2021, Table 1), keeps two.
 */
export const MIN_LAYERS_PER_STAGE = 2;

/** The longest context-parallel split searched: torchtitan measured CP 8 on one node of 8 GPUs. */
const MAX_CONTEXT_PARALLEL = 32;

/**
 * Tensor-parallel sizes a framework would search: powers of two up to the GPUs of one node,
 * dividing the query and the KV heads (Megatron's query groups), and only over NVLink-class links:
 * "tensor model parallelism should generally be used up to degree g when using g-GPU servers"
 * (Narayanan et al. 2021, Takeaway #1), and over PCIe alone its all-reduces cost more than they save.
 */
export function tensorCandidates(framework: Framework, model: ModelSpec, gpu: GpuSpec): number[] {
  if (!FRAMEWORK_RULES[framework].modelParallel || !hasFastInterconnect(gpu)) return [1];
  const sizes: number[] = [];
  for (let t = 1; t <= gpu.gpusPerNode; t *= 2)
    if (model.heads % t === 0 && model.kvHeads % t === 0) sizes.push(t);
  return sizes;
}

/** Pipeline sizes: divisors of the layers that leave each stage at least MIN_LAYERS_PER_STAGE layers. */
export function pipelineCandidates(framework: Framework, layers: number): number[] {
  if (!FRAMEWORK_RULES[framework].modelParallel) return [1];
  const sizes: number[] = [];
  for (let p = 1; p <= layers; p++)
    if (layers % p === 0 && (p === 1 || layers / p >= MIN_LAYERS_PER_STAGE)) sizes.push(p);
  return sizes;
}

/**
 * Context-parallel sizes: powers of two whose ring-attention chunks split the sequence evenly
 * (each GPU gets two chunks of s / 2cp tokens for load balance, as torchtitan and Megatron do).
 */
export function contextCandidates(framework: Framework, seqLen: number): number[] {
  const sizes = [1];
  if (!FRAMEWORK_RULES[framework].contextParallel) return sizes;
  for (let cp = 2; cp <= MAX_CONTEXT_PARALLEL; cp *= 2) if (seqLen % (2 * cp) === 0) sizes.push(cp);
  return sizes;
}

/** Expert-parallel sizes for a mixture of experts: powers of two dividing the experts, within a node. */
export function expertCandidates(framework: Framework, model: ModelSpec, gpu: GpuSpec): number[] {
  const sizes = [1];
  if (model.experts <= 1 || framework === 'ddp') return sizes;
  for (let ep = 2; ep <= Math.min(model.experts, gpu.gpusPerNode); ep *= 2)
    if (model.experts % ep === 0) sizes.push(ep);
  return sizes;
}

/** Greatest common divisor, for the data-parallel step that keeps dp · cp a multiple of ep. */
export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

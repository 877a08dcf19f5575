import type { EngineMemory, ServingInput } from './engine-memory';
import { llamaCppMemory } from './llamacpp-memory';
import { sglangMemory } from './sglang-memory';
import { trtllmMemory } from './trtllm-memory';
import { vllmMemory } from './vllm-memory';

/** One GPU's memory under the scenario's engine; plain PyTorch (`hf`) has no rules of its own. */
export function servingMemory(input: ServingInput): EngineMemory | null {
  switch (input.s.engine) {
    case 'vllm':
      return vllmMemory(input);
    case 'sglang':
      return sglangMemory(input);
    case 'trtllm':
      return trtllmMemory(input);
    case 'llamacpp':
      return llamaCppMemory(input);
    case 'hf':
      return null;
  }
}

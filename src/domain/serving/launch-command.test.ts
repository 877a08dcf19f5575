import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { findModelPreset } from '../presets/models';
import { freshScenario } from '../scenario';
import { launchCommand, presetRepository } from './launch-command';
import { SERVING_ISSUE_CASE } from '../../test/scenario-fixtures';

const command = (overrides = {}) =>
  launchCommand(
    estimate(freshScenario({ ...SERVING_ISSUE_CASE, ...overrides })),
    'meta-llama/Llama-3.1-70B',
  );

describe('the launch command matches the numbers on the page', () => {
  it('vLLM: the layout, the longest request and the memory fraction, every changed setting', () => {
    expect(command()).toBe(
      'vllm serve meta-llama/Llama-3.1-70B \\\n  --tensor-parallel-size 4 \\\n  --max-model-len 9216 \\\n  --gpu-memory-utilization 0.92',
    );
    expect(
      command({
        kvDtype: 'fp8',
        maxNumSeqs: 32,
        maxNumBatchedTokens: 4096,
        cudaGraphs: false,
        memoryFraction: 0.9,
        maxModelLen: 16384,
      }),
    ).toBe(
      'vllm serve meta-llama/Llama-3.1-70B \\\n  --tensor-parallel-size 4 \\\n  --max-model-len 16384 \\\n  --gpu-memory-utilization 0.9 \\\n  --kv-cache-dtype fp8 \\\n  --max-num-seqs 32 \\\n  --max-num-batched-tokens 4096 \\\n  --enforce-eager',
    );
  });

  it('vLLM across nodes names the pipeline stages', () => {
    const text = command({ model: 'llama-3.1-405b', batch: 64 });
    expect(text).toMatch(/--tensor-parallel-size 8 \\\n {2}--pipeline-parallel-size \d+/);
  });

  it('vLLM from Python when started through the LLM class', () => {
    expect(command({ servingEntry: 'llm' })).toBe(
      `python -c 'from vllm import LLM; llm = LLM(model="meta-llama/Llama-3.1-70B", tensor_parallel_size=4, max_model_len=9216, gpu_memory_utilization=0.92)'`,
    );
  });

  it('SGLang, TensorRT-LLM, llama.cpp and plain PyTorch in their own flags', () => {
    expect(command({ engine: 'sglang' })).toMatch(
      /^python -m sglang\.launch_server --model-path meta-llama\/Llama-3\.1-70B \\\n {2}--tp 4 \\\n {2}--context-length 9216 \\\n {2}--mem-fraction-static 0\.\d+$/,
    );
    expect(command({ engine: 'trtllm' })).toBe(
      'trtllm-serve meta-llama/Llama-3.1-70B \\\n  --tp_size 4 \\\n  --pp_size 1 \\\n  --max_seq_len 9216 \\\n  --max_batch_size 256 \\\n  --max_num_tokens 8192 \\\n  --kv_cache_free_gpu_memory_fraction 0.9',
    );
    expect(command({ engine: 'llamacpp', kvDtype: 'int8' })).toBe(
      'llama-server -m Llama-3.1-70B.gguf \\\n  -c 147456 \\\n  -np 16 \\\n  -ngl 81 \\\n  -ctk q8_0 -ctv q8_0 -fa on',
    );
    expect(command({ engine: 'hf' })).toContain(
      'AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-70B", torch_dtype=torch.bfloat16, device_map="auto")',
    );
  });

  it('a preset names its Hub repository', () => {
    expect(presetRepository(findModelPreset('llama-3.1-8b'))).toBe('meta-llama/Llama-3.1-8B');
    expect(presetRepository(undefined)).toBeNull();
  });
});

import type { Estimate } from '../estimate';
import type { ModelPreset } from '../presets/models';
import type { ResolvedScenario } from '../scenario';
import type { EngineDetail } from './engine-memory';
import { engineKvValue } from './kv-cache-types';
import { servedModelLen } from './serving-settings';

/** A shell word, quoted only when it needs to be. */
const word = (text: string): string =>
  /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;

/** The Hugging Face repository a preset's source names first ("meta-llama/Llama-3.1-8B config.json"). */
export function presetRepository(preset: ModelPreset | undefined): string | null {
  const match = /^([\w.-]+\/[\w.-]+) config\.json/.exec(preset?.source ?? '');
  return match ? match[1]! : null;
}

/** A fraction as the engines print it: 0.92, 0.835. */
const fraction = (value: number): string => String(Math.round(value * 1000) / 1000);

const TORCH_DTYPES: Readonly<Record<string, string>> = {
  fp32: 'float32',
  fp16: 'float16',
  bf16: 'bfloat16',
};

function vllmCommand(
  s: ResolvedScenario,
  d: Extract<EngineDetail, { engine: 'vllm' }>,
  model: string,
  t: number,
  pp: number,
): string {
  const args = [`vllm serve ${word(model)}`, `--tensor-parallel-size ${t}`];
  if (pp > 1) args.push(`--pipeline-parallel-size ${pp}`);
  args.push(
    `--max-model-len ${d.maxModelLen}`,
    `--gpu-memory-utilization ${fraction(d.budget.gpuMemoryUtilization)}`,
  );
  const kv = engineKvValue('vllm', s.kvDtype);
  if (kv) args.push(`--kv-cache-dtype ${kv}`);
  if (s.dtype === 'fp8') args.push('--quantization fp8');
  else if (s.dtype === 'fp16' || s.dtype === 'fp32') args.push(`--dtype ${TORCH_DTYPES[s.dtype]}`);
  if (s.maxNumSeqs !== null) args.push(`--max-num-seqs ${s.maxNumSeqs}`);
  if (s.maxNumBatchedTokens !== null)
    args.push(`--max-num-batched-tokens ${s.maxNumBatchedTokens}`);
  if (!s.cudaGraphs) args.push('--enforce-eager');
  if (s.servingEntry === 'llm') {
    const kwargs = [
      `model=${JSON.stringify(model)}`,
      `tensor_parallel_size=${t}`,
      ...(pp > 1 ? [`pipeline_parallel_size=${pp}`] : []),
      `max_model_len=${d.maxModelLen}`,
      `gpu_memory_utilization=${fraction(d.budget.gpuMemoryUtilization)}`,
      ...(kv ? [`kv_cache_dtype=${JSON.stringify(kv)}`] : []),
      ...(s.maxNumSeqs !== null ? [`max_num_seqs=${s.maxNumSeqs}`] : []),
      ...(s.maxNumBatchedTokens !== null
        ? [`max_num_batched_tokens=${s.maxNumBatchedTokens}`]
        : []),
      ...(!s.cudaGraphs ? ['enforce_eager=True'] : []),
    ];
    return `python -c 'from vllm import LLM; llm = LLM(${kwargs.join(', ')})'`;
  }
  return args.join(' \\\n  ');
}

/**
 * The command that starts the engine with the numbers on the page: the layout, the longest
 * request, the memory fraction, the KV dtype and every setting changed from its default.
 * `model` is the Hub id (or a path) to serve.
 */
export function launchCommand(e: Estimate, model: string): string | null {
  const plan = e.serving;
  if (!plan) return null;
  const s = e.scenario;
  const { tensorParallel: t, pipelineParallel: pp } = e.layout.layout;
  const d = plan.memory?.detail;
  if (d?.engine === 'vllm') return vllmCommand(s, d, model, t, pp);
  if (d?.engine === 'sglang') {
    const args = [`python -m sglang.launch_server --model-path ${word(model)}`, `--tp ${t}`];
    if (pp > 1) args.push(`--pp-size ${pp}`);
    args.push(
      `--context-length ${servedModelLen(s)}`,
      `--mem-fraction-static ${fraction(d.fraction)}`,
    );
    const kv = engineKvValue('sglang', s.kvDtype);
    if (kv) args.push(`--kv-cache-dtype ${kv}`);
    if (s.dtype === 'fp8') args.push('--quantization fp8');
    if (s.maxNumBatchedTokens !== null)
      args.push(`--chunked-prefill-size ${s.maxNumBatchedTokens}`);
    if (s.maxNumSeqs !== null) args.push(`--max-running-requests ${s.maxNumSeqs}`);
    if (!s.cudaGraphs) args.push('--disable-cuda-graph');
    return args.join(' \\\n  ');
  }
  if (d?.engine === 'trtllm') {
    const kv = engineKvValue('trtllm', s.kvDtype);
    return [
      `trtllm-serve ${word(model)}`,
      `--tp_size ${t}`,
      `--pp_size ${pp}`,
      `--max_seq_len ${servedModelLen(s)}`,
      `--max_batch_size ${d.maxBatchSize}`,
      `--max_num_tokens ${d.maxNumTokens}`,
      `--kv_cache_free_gpu_memory_fraction ${fraction(d.fraction)}`,
      ...(kv ? [`--kv_cache_dtype ${kv}`] : []),
    ].join(' \\\n  ');
  }
  if (d?.engine === 'llamacpp') {
    const file = `${model.split('/').at(-1) ?? model}.gguf`;
    const args = [
      `llama-server -m ${word(file)}`,
      `-c ${d.contextCells}`,
      `-np ${d.slots}`,
      `-ngl ${d.gpuLayerArgument}`,
    ];
    if (d.cacheType !== 'f16') args.push(`-ctk ${d.cacheType} -ctv ${d.cacheType} -fa on`);
    return args.join(' \\\n  ');
  }
  const dtype = TORCH_DTYPES[s.dtype] ?? 'bfloat16';
  return `python -c 'import torch; from transformers import AutoModelForCausalLM; AutoModelForCausalLM.from_pretrained(${JSON.stringify(model)}, torch_dtype=torch.${dtype}, device_map="auto")'`;
}

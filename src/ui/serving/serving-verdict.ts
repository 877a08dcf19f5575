import type { Estimate } from '../../domain/estimate';
import { hasFastInterconnect } from '../../domain/gpu';
import type { EngineDetail, EngineMemory } from '../../domain/serving/engine-memory';
import { ENGINE_NAMES } from '../../domain/serving/engines';
import type { ServingPlan } from '../../domain/serving/serving-plan';
import { requestTokens } from '../../domain/serving/serving-settings';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn, formatInteger, formatRate } from '../../lib/format';
import type { VerdictText } from '../results/verdict-text';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatInteger(count)} ${count === 1 ? one : many}`;

/** "4 × H100 80GB with TP 4", "16 × H100 80GB (2 nodes) with TP 8 × PP 2". */
function placement(e: Estimate, plan: ServingPlan): string {
  const { tensorParallel: t, pipelineParallel: pp } = e.layout.layout;
  const nodes = plan.nodes > 1 ? ` (${plural(plan.nodes, 'node')})` : '';
  const split =
    plan.engine === 'llamacpp'
      ? pp > 1
        ? ` with the layers split over ${plural(pp, 'GPU')}`
        : ''
      : ` with TP ${formatInteger(t)}${pp > 1 ? ` × PP ${formatInteger(pp)}` : ''}`;
  return `${formatInteger(plan.gpus)} × ${e.scenario.gpu.name}${nodes}${split}`;
}

/** What the engine's pool holds, in its own words: blocks, tokens, concurrency at max_model_len. */
function poolWords(d: EngineDetail, memory: EngineMemory, bytes: (v: number) => string): string {
  const kv = `${bytes(memory.kvPoolBytes)} of KV cache`;
  switch (d.engine) {
    case 'vllm':
      return `${kv}, ${plural(d.blocks.numBlocks, 'block')}, ${plural(Math.floor(d.concurrency), 'concurrent request')} at ${formatInteger(d.maxModelLen)} tokens`;
    case 'sglang':
      return `${kv}, max_total_num_tokens ${formatInteger(d.maxTotalTokens)}, ${plural(Math.floor(d.maxTotalTokens / d.requestTokens), 'concurrent request')} of ${formatInteger(d.requestTokens)} tokens`;
    case 'trtllm':
      return `${kv}, ${plural(d.blocks, 'block')} of ${d.tokensPerBlock} tokens (${formatInteger(d.maxTokens)} tokens)`;
    case 'llamacpp':
      return `${bytes(memory.parts.kvCache)} of KV cache for -c ${formatInteger(d.contextCells)} (${plural(d.slots, 'slot')} of ${formatInteger(d.contextCells / d.slots)} tokens), -ngl ${formatInteger(d.gpuLayerArgument)}`;
  }
}

/** Why the engine will not start, in its words, or null when it starts. */
function refusal(
  d: EngineDetail,
  memory: EngineMemory,
  bytes: (v: number) => string,
): string | null {
  if (memory.starts) return null;
  const name = ENGINE_NAMES[d.engine];
  if (d.engine === 'vllm' && d.budget.availableKvBytes > 0)
    return `vLLM will refuse to start: one request of ${formatInteger(d.maxModelLen)} tokens needs ${bytes(d.startNeedBytes)} of KV cache, ${bytes(d.budget.availableKvBytes)} is available`;
  return `${name} will refuse to start: no memory is left for the KV cache`;
}

/** Sentences that qualify the headline: the requests asked for, caps, max_model_len, replicas. */
function servingNotes(
  e: Estimate,
  plan: ServingPlan,
  mem: EngineMemory,
  bytes: (v: number) => string,
): string[] {
  const s = e.scenario;
  const d = mem.detail;
  const notes: string[] = [];
  const tokens = formatInteger(requestTokens(s));
  if (d.engine === 'vllm') {
    if (
      d.budget.availableKvBytes > 0 &&
      d.longestModelLen > 0 &&
      d.longestModelLen < s.model.maxPositions
    )
      notes.push(
        `The longest max_model_len that starts is ${formatInteger(d.longestModelLen)} tokens (what --max-model-len auto picks); ${s.model.name} was trained for ${formatInteger(s.model.maxPositions)}.`,
      );
    notes.push(
      `The ${plural(s.batch, 'request')} of ${tokens} tokens take ${formatInteger(d.requestBlocks)} of the ${formatInteger(d.blocks.numBlocks)} blocks.`,
    );
    if (d.maxModelLen > s.model.maxPositions)
      notes.push(
        `vLLM refuses a max_model_len above the ${formatInteger(s.model.maxPositions)} positions ${s.model.name} was trained for unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set.`,
      );
    if (s.batch > d.limits.maxNumSeqs)
      notes.push(
        `max_num_seqs ${formatInteger(d.limits.maxNumSeqs)} lets only that many run at once; raise --max-num-seqs to run all ${formatInteger(s.batch)}.`,
      );
  } else if (d.engine === 'llamacpp' && d.hostWeightsBytes > 0) {
    notes.push(
      `${bytes(d.hostWeightsBytes)} of weights stay in host RAM (the token embeddings and any layers not offloaded).`,
    );
  } else if (d.engine !== 'llamacpp') {
    notes.push(
      `The ${plural(s.batch, 'request')} of ${tokens} tokens need ${bytes(mem.requestBytes)} of it.`,
    );
  }
  if (!e.layout.fits && mem.starts)
    notes.push(
      `That is less than the ${plural(s.batch, 'request')} of ${tokens} tokens asked for, which need ${bytes(mem.requestBytes)}.`,
    );
  if (e.layout.layout.tensorParallel > 1 && !hasFastInterconnect(s.gpu))
    notes.push(
      `The ${s.gpu.name} has no NVLink: tensor parallelism's all-reduces cross PCIe, so decode runs slower than the bandwidth alone gives.`,
    );
  if (plan.replicas)
    notes.push(
      `${plural(plan.replicas.replicas, 'replica')} of this layout (${plural(plan.replicas.gpus, 'GPU')}) reach ${formatRate(plan.replicas.targetTokensPerSecond, 'tokens')}, at ${formatRate(plan.replicas.perReplicaTokensPerSecond, 'tokens')} each.`,
    );
  return notes;
}

/**
 * The verdict in the engine's words (docs/method.md §11): "vLLM starts on 2 × H100 80GB with TP 2:
 * 51.4 GiB of KV cache, 26,300 blocks, 26 concurrent requests at 16,384 tokens", or why it will not
 * start. Null for plain PyTorch and outside inference, which keep the general verdict.
 */
export function servingVerdict(e: Estimate, unit: UnitSystem): VerdictText | null {
  const plan = e.serving;
  if (!plan?.memory) return null;
  const bytes = (value: number) => formatBytesIn(value, unit);
  const d = plan.memory.detail;
  const refused = refusal(d, plan.memory, bytes);
  if (e.scenario.layout === 'auto' && !e.layout.fits && e.chosenStage.reason)
    return {
      fits: false,
      headline: `Does not fit on ${e.scenario.gpu.name} at any layout: ${e.chosenStage.reason}`,
      notes: [refused ?? `On ${placement(e, plan)}: ${poolWords(d, plan.memory, bytes)}.`],
    };
  if (refused)
    return {
      fits: false,
      headline: refused,
      notes: servingNotes(e, plan, plan.memory, bytes).slice(0, 1),
    };
  const verb = d.engine === 'llamacpp' ? 'runs on' : 'starts on';
  return {
    fits: e.layout.fits,
    headline: `${ENGINE_NAMES[d.engine]} ${verb} ${placement(e, plan)}: ${poolWords(d, plan.memory, bytes)}`,
    notes: servingNotes(e, plan, plan.memory, bytes),
  };
}

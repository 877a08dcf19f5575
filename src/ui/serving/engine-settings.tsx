import type { Estimate } from '../../domain/estimate';
import { SCENARIO_RANGES } from '../../domain/scenario';
import { SERVING_ENTRIES, type ServingEntry } from '../../domain/serving/engines';
import { LLAMACPP_FIT_MARGIN } from '../../domain/serving/llamacpp';
import { requestTokens } from '../../domain/serving/serving-settings';
import { SGLANG_FRACTION_SOURCE, SGLANG_PAGE_SIZE } from '../../domain/serving/sglang';
import {
  TRTLLM_FREE_FRACTION,
  TRTLLM_MAX_BATCH_SIZE,
  TRTLLM_MAX_NUM_TOKENS,
  TRTLLM_TOKENS_PER_BLOCK,
} from '../../domain/serving/trtllm';
import { VLLM_BLOCK_SIZE, VLLM_UTILIZATION } from '../../domain/serving/vllm-defaults';
import { VLLM_CUDA_GRAPH_BYTES } from '../../domain/serving/vllm-budget';
import { formatInteger, formatNumber } from '../../lib/format';
import { ScenarioCheckbox } from '../inputs/scenario-checkbox';
import { ScenarioSelect } from '../inputs/scenario-select';
import { PERCENT } from '../inputs/shown-units';
import type { Choice } from '../primitives/select-field';
import { ServingNumber } from './serving-number';

const ENTRY_CHOICES: readonly Choice<ServingEntry>[] = SERVING_ENTRIES.map((value) => ({
  value,
  label: value === 'serve' ? 'vllm serve (OpenAI server)' : 'LLM class / vllm bench',
}));

const fraction = { unit: '%', scale: PERCENT } as const;
const REQUEST_LENGTH = 'the requests’ own length, prompt + generated';

/** A constant the engine uses, shown with its source. */
function Constant({ name, value, source }: { name: string; value: string; source: string }) {
  return (
    <li>
      <strong>{name}</strong> {value} <span className="muted">({source})</span>
    </li>
  );
}

/** vLLM's settings, each with the default vLLM would use and where that default comes from. */
function VllmSettings({ e }: { e: Estimate }) {
  const d = e.serving?.memory?.detail;
  const limits = d?.engine === 'vllm' ? d.limits : null;
  return (
    <>
      <ServingNumber
        field="memoryFraction"
        label="--gpu-memory-utilization"
        engineDefault={VLLM_UTILIZATION.value}
        source={VLLM_UTILIZATION.source}
        range={SCENARIO_RANGES.memoryFraction}
        {...fraction}
      />
      <ServingNumber
        field="maxModelLen"
        label="--max-model-len"
        unit="tokens"
        engineDefault={requestTokens(e.scenario)}
        source={REQUEST_LENGTH}
      />
      <ServingNumber
        field="maxNumBatchedTokens"
        label="--max-num-batched-tokens"
        unit="tokens"
        engineDefault={limits?.maxNumBatchedTokens ?? 0}
        source="EngineArgs.get_batch_defaults by GPU memory and entry point, vllm/engine/arg_utils.py"
      />
      <ServingNumber
        field="maxNumSeqs"
        label="--max-num-seqs"
        unit="sequences"
        engineDefault={limits?.maxNumSeqs ?? 0}
        source="EngineArgs.get_batch_defaults, vllm/engine/arg_utils.py"
      />
      <ScenarioSelect field="servingEntry" label="Started with" options={ENTRY_CHOICES} />
      <ScenarioCheckbox
        field="cudaGraphs"
        label="CUDA graphs (off: --enforce-eager)"
        hint={`vLLM sets aside ${formatNumber(VLLM_CUDA_GRAPH_BYTES.value / 2 ** 30)} GiB for them: ${VLLM_CUDA_GRAPH_BYTES.source}.`}
      />
      <ul className="serving-constants">
        <Constant
          name="Block size"
          value={`${VLLM_BLOCK_SIZE.value} tokens`}
          source={VLLM_BLOCK_SIZE.source}
        />
      </ul>
    </>
  );
}

/** SGLang's, TensorRT-LLM's and llama.cpp's settings. */
function OtherSettings({ e }: { e: Estimate }) {
  const d = e.serving?.memory?.detail;
  if (d?.engine === 'sglang')
    return (
      <>
        <ServingNumber
          field="memoryFraction"
          label="--mem-fraction-static"
          engineDefault={d.fraction}
          source={SGLANG_FRACTION_SOURCE}
          range={SCENARIO_RANGES.memoryFraction}
          {...fraction}
        />
        <ServingNumber
          field="maxModelLen"
          label="--context-length"
          unit="tokens"
          engineDefault={requestTokens(e.scenario)}
          source={REQUEST_LENGTH}
        />
        <ServingNumber
          field="maxNumBatchedTokens"
          label="--chunked-prefill-size"
          unit="tokens"
          engineDefault={d.defaults.chunkedPrefillSize}
          source="server_args.py, by GPU memory"
        />
        <ScenarioCheckbox field="cudaGraphs" label="CUDA graphs (off: --disable-cuda-graph)" />
        <ul className="serving-constants">
          <Constant
            name="Page size"
            value={`${SGLANG_PAGE_SIZE.value} token`}
            source={SGLANG_PAGE_SIZE.source}
          />
          <Constant
            name="cuda_graph_max_bs"
            value={formatInteger(d.defaults.cudaGraphMaxBs)}
            source="server_args.py, by GPU memory and TP"
          />
        </ul>
      </>
    );
  if (d?.engine === 'trtllm')
    return (
      <>
        <ServingNumber
          field="memoryFraction"
          label="--kv_cache_free_gpu_memory_fraction"
          engineDefault={TRTLLM_FREE_FRACTION.value}
          source={TRTLLM_FREE_FRACTION.source}
          range={SCENARIO_RANGES.memoryFraction}
          {...fraction}
        />
        <ServingNumber
          field="maxModelLen"
          label="--max_seq_len"
          unit="tokens"
          engineDefault={requestTokens(e.scenario)}
          source={REQUEST_LENGTH}
        />
        <ServingNumber
          field="maxNumBatchedTokens"
          label="--max_num_tokens"
          unit="tokens"
          engineDefault={TRTLLM_MAX_NUM_TOKENS.value}
          source={TRTLLM_MAX_NUM_TOKENS.source}
        />
        <ServingNumber
          field="maxNumSeqs"
          label="--max_batch_size"
          unit="sequences"
          engineDefault={TRTLLM_MAX_BATCH_SIZE.value}
          source={TRTLLM_MAX_BATCH_SIZE.source}
        />
        <ul className="serving-constants">
          <Constant
            name="Tokens per block"
            value={formatInteger(TRTLLM_TOKENS_PER_BLOCK.value)}
            source={TRTLLM_TOKENS_PER_BLOCK.source}
          />
        </ul>
      </>
    );
  if (d?.engine === 'llamacpp')
    return (
      <>
        <ServingNumber
          field="gpuLayers"
          label="-ngl (layers on the GPU)"
          unit="layers"
          engineDefault={e.scenario.model.layers + 1}
          source="all layers and the output layer (n_gpu_layers default -1)"
        />
        <ServingNumber
          field="maxModelLen"
          label="Context per slot (-c ÷ -np)"
          unit="tokens"
          engineDefault={requestTokens(e.scenario)}
          source={REQUEST_LENGTH}
        />
        <ul className="serving-constants">
          <Constant
            name="--fit-target"
            value={`${formatInteger(LLAMACPP_FIT_MARGIN.value / 2 ** 20)} MiB`}
            source={LLAMACPP_FIT_MARGIN.source}
          />
          <Constant
            name="-ctk / -ctv"
            value={d.cacheType}
            source={
              d.cacheType === 'f16'
                ? 'the default; the KV-cache dtype setting changes it'
                : 'from the KV-cache dtype setting; a quantized V cache needs flash attention, so the command adds -fa on'
            }
          />
        </ul>
      </>
    );
  return (
    <p className="muted">
      The textbook estimate (docs/method.md §6): the runtime overhead and safety margin are under
      Advanced.
    </p>
  );
}

/** The settings of the chosen engine, each with its source. */
export function EngineSettings({ e }: { e: Estimate }) {
  return e.scenario.engine === 'vllm' ? <VllmSettings e={e} /> : <OtherSettings e={e} />;
}

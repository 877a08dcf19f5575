import { defineModel, type ModelSpec } from '../domain/model';
import { aliasNames, readAlias, type AliasedField } from './config-aliases';
import { ConfigReader, type Assumption } from './config-reader';
import { FAMILY_RULES, genericRule } from './family-rules';
import type { FamilyRule } from './family-rules-types';
import { visionTowerParams } from './vision-tower';
import { windowWithFullLayers, type Core, type Traits } from './family-traits';
import { parseHubConfig, type HubConfig } from './hub-config-schema';
import { HubError } from './hub-errors';
import { unsupportedReason } from './unsupported';
import { validateModel } from '../domain/model-validation';
import type { FormatId } from '../domain/formats/catalogue';
import { formatFromQuantizationConfig } from '../domain/formats/hub-config';
import { formatInteger } from '../lib/format';

/** How the checkpoint's weights are quantized, as its quantization_config says. */
export interface QuantizationInfo {
  method: string;
  bits: number | null;
  /** The catalogue format it describes (GPTQ int4 g128, MXFP4, FP8 128×128 blocks…), or null. */
  format: FormatId | null;
}

/** A config.json read into the engine's model, with everything the UI needs to show how. */
export interface HubModelImport {
  model: ModelSpec;
  /** The family the mapping used ("Llama", "Qwen2-MoE", or the unknown model_type). */
  family: string;
  /** Every ModelSpec value the file did not give, with the value used and why. */
  assumptions: readonly Assumption[];
  /** Other things the user should know (only the language model of a multimodal config is sized…). */
  notes: readonly string[];
  /** torch_dtype (or the newer dtype) the checkpoint was saved in. */
  torchDtype: string | null;
  quantization: QuantizationInfo | null;
}

/** A multimodal config keeps the language model under text_config; the top level then has no layers. */
function languageModelConfig(config: HubConfig): { config: HubConfig; nested: boolean } {
  if (!config.text_config || readAlias(config, 'layers')) return { config, nested: false };
  const text = parseHubConfig(config.text_config);
  return {
    config: {
      ...text,
      torch_dtype: text.torch_dtype ?? config.torch_dtype,
      dtype: text.dtype ?? config.dtype,
      quantization_config: text.quantization_config ?? config.quantization_config,
      tie_word_embeddings: text.tie_word_embeddings ?? config.tie_word_embeddings,
    },
    nested: true,
  };
}

const REQUIRED: readonly [AliasedField, string][] = [
  ['layers', 'layer count'],
  ['hidden', 'hidden size'],
  ['heads', 'attention head count'],
  ['vocab', 'vocabulary size'],
];

function readCore(r: ConfigReader, rule: FamilyRule): Core & { vocab: number; headDim: number } {
  const missing = REQUIRED.filter(([field]) => r.number(field) === undefined);
  if (missing.length > 0) {
    const list = missing.map(([field, words]) => `${words} (${aliasNames(field)})`).join(', ');
    throw new HubError({ kind: 'not-a-transformer-config', reason: `it has no ${list}` });
  }
  const [layers, hidden, heads, vocab] = REQUIRED.map(([field]) => r.number(field) as number) as [
    number,
    number,
    number,
    number,
  ];
  let headDim = r.number('headDim');
  if (headDim === undefined && rule.headDimDefault !== undefined) {
    headDim = r.orAssume(
      'headDim',
      undefined,
      rule.headDimDefault,
      `head_dim is missing; ${rule.label} uses ${rule.headDimDefault} by default`,
    );
  } else if (headDim === undefined) {
    if (hidden % heads !== 0) {
      const message = `(${hidden}) is not divisible by ${r.sourceOf('heads')} (${heads}), and no head_dim is given`;
      throw new HubError({
        kind: 'impossible-numbers',
        issues: [{ field: r.sourceOf('hidden'), message }],
      });
    }
    headDim = hidden / heads;
  }
  const intermediate =
    r.number('intermediate') ??
    (rule.fourHByDefinition
      ? 4 * hidden
      : r.orAssume(
          'intermediate',
          undefined,
          4 * hidden,
          'intermediate_size is missing; assumed the usual MLP width of 4 × hidden size',
        ));
  return { layers, hidden, heads, vocab, headDim, intermediate };
}

/** Newer configs list each layer's attention (Gemma 2, Qwen, gpt-oss): count the global ones. */
function layerTypeWindow(r: ConfigReader, layers: number): Traits {
  const types = r.config.layer_types;
  if (!types || types.length !== layers) return {};
  // Linear and chunked layers are the families' own traits (Qwen3-Next, Llama 4).
  if (types.some((kind) => kind !== 'full_attention' && kind !== 'sliding_attention')) return {};
  const window = r.number('slidingWindow');
  const windowed = types.filter((kind) => kind === 'sliding_attention').length;
  if (window === undefined || windowed === 0)
    return { slidingWindow: null, fullAttentionLayers: 0 };
  return windowWithFullLayers(window, layers - windowed, layers);
}

function quantizationOf(q: HubConfig['quantization_config']): QuantizationInfo | null {
  if (!q) return null;
  const method = q.quant_method ?? (q.load_in_4bit || q.load_in_8bit ? 'bitsandbytes' : 'unknown');
  const implied =
    q.load_in_4bit || method === 'mxfp4' ? 4 : q.load_in_8bit || method === 'fp8' ? 8 : null;
  return {
    method,
    bits: q.bits ?? implied,
    format: formatFromQuantizationConfig({ quantization_config: q })?.format ?? null,
  };
}

function impossible(r: ConfigReader, model: ModelSpec): HubError | null {
  const issues = validateModel(model, 'model').map((issue) => ({
    field: r.sourceOf(issue.field.replace(/^model\./, '')),
    message: issue.message,
  }));
  return issues.length > 0 ? new HubError({ kind: 'impossible-numbers', issues }) : null;
}

/** The config with the family's config-class defaults filled in where the file leaves them out. */
function withConfigDefaults(config: HubConfig, rule: FamilyRule): HubConfig {
  const filled: Record<string, unknown> = { ...config };
  for (const d of rule.configDefaults ?? []) filled[d.key] ??= d.value;
  return filled;
}

/** The vision encoder and projector of a multimodal config, or 0 with a note when unknown. */
function visionOf(original: HubConfig, textHidden: number, r: ConfigReader): number {
  const params = original.vision_config
    ? visionTowerParams(original.vision_config, textHidden, original)
    : null;
  if (params === null) {
    r.notes.push(
      'Only the language model (text_config) is sized; the vision or audio encoder is not counted.',
    );
    return 0;
  }
  r.notes.push(
    `The vision encoder and projector (${formatInteger(params)} parameters) are counted with the weights; the text formats do not quantize them.`,
  );
  return params;
}

/**
 * Maps a checked config.json to the engine's ModelSpec: the family's layout (biases, norms,
 * positions, MoE, windows) from model_type, the numbers from whichever alias the family uses, and
 * the family's own defaults for anything missing, each listed as an assumption.
 */
export function toModelSpec(original: HubConfig, name: string): HubModelImport {
  const { config, nested } = languageModelConfig(original);
  const reason = unsupportedReason(config);
  if (reason) throw new HubError({ kind: 'unsupported-architecture', reason });

  const modelType = config.model_type ?? '';
  const rule = FAMILY_RULES[modelType] ?? genericRule(modelType);
  const r = new ConfigReader(withConfigDefaults(config, rule));
  for (const d of rule.configDefaults ?? []) {
    if (config[d.key] === undefined || config[d.key] === null)
      r.assumptions.push({
        field: d.field,
        assumedValue: d.value,
        reason: `${d.key} is missing; ${rule.label}'s config class uses ${d.value}`,
      });
  }
  const core = readCore(r, rule);
  const traits = rule.traits(r, core);
  const kvHeads =
    traits.kvHeads ??
    (rule.groupedKv
      ? r.orAssume(
          'kvHeads',
          r.number('kvHeads'),
          core.heads,
          `num_key_value_heads is missing; ${rule.label} then gives each attention head its own key/value head`,
        )
      : core.heads);
  const maxPositions = r.orAssume(
    'maxPositions',
    r.number('maxPositions'),
    rule.maxPositionsDefault,
    `max_position_embeddings is missing; ${rule.label}'s default is ${rule.maxPositionsDefault}`,
  );
  const tiedEmbeddings = r.orAssume(
    'tiedEmbeddings',
    config.tie_word_embeddings ?? undefined,
    rule.tiedDefault,
    `tie_word_embeddings is missing; ${rule.label} ${rule.tiedDefault ? 'ties' : 'does not tie'} the output head to the embeddings by default`,
  );

  const visionParams = nested ? visionOf(original, core.hidden, r) : 0;
  const model = defineModel({
    name,
    layers: core.layers,
    hidden: core.hidden,
    heads: core.heads,
    headDim: core.headDim,
    intermediate: core.intermediate,
    vocab: core.vocab,
    maxPositions,
    tiedEmbeddings,
    visionParams,
    // A family's traits may restate a core number (MLA's head dimension, Llama 4's dense width).
    ...traits,
    ...layerTypeWindow(r, core.layers),
    kvHeads,
  });
  const error = impossible(r, model);
  if (error) throw error;
  if (model.slidingWindow !== null && model.fullAttentionLayers > 0) {
    const windowed = model.layers - model.fullAttentionLayers;
    const local =
      model.localAttention === 'chunked'
        ? `attend within chunks of ${model.slidingWindow} tokens`
        : `attend within a ${model.slidingWindow}-token window`;
    r.notes.push(
      `${windowed} of the ${model.layers} layers ${local} and ${model.fullAttentionLayers} to the whole context: the KV cache keeps at most the window or chunk on the first and every token on the others.`,
    );
  }
  return {
    model,
    family: rule.label,
    assumptions: r.assumptions,
    notes: r.notes,
    torchDtype: config.torch_dtype ?? config.dtype ?? null,
    quantization: quantizationOf(config.quantization_config),
  };
}

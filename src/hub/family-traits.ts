import type { ModelSpec } from '../domain/model';
import type { ConfigReader } from './config-reader';

/** The numbers every family has, read before its own traits. */
export interface Core {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
}

export type Traits = Partial<ModelSpec>;

/** A Llama-style block: SwiGLU MLP, RMSNorm, rotary positions, biases only when the config asks. */
export const llamaBlock = (r: ConfigReader): Traits => ({
  mlp: 'gated',
  norm: 'rmsnorm',
  positions: 'rotary',
  attentionBias: r.flag('attention_bias', false) ? 'all' : 'none',
  mlpBias: r.flag('mlp_bias', false),
});

/** A window on some layers only; every layer global means no window at all. */
export function windowWithFullLayers(window: number, fullLayers: number, layers: number): Traits {
  if (fullLayers >= layers) return { slidingWindow: null, fullAttentionLayers: 0 };
  return { slidingWindow: window, fullAttentionLayers: fullLayers };
}

/** Mistral, Mixtral, Phi-3: `sliding_window` (or null) applies to every layer. */
export const windowOnEveryLayer = (r: ConfigReader): Traits => ({
  slidingWindow: r.number('slidingWindow') ?? null,
});

/**
 * Qwen2 and Qwen3 write a `sliding_window` they do not use unless `use_sliding_window` is true,
 * and even then layers below `max_window_layers` (default 28) keep full attention.
 */
export function qwenWindow(r: ConfigReader, core: Core): Traits {
  const window = r.number('slidingWindow');
  if (!r.flag('use_sliding_window', false) || window === undefined) return { slidingWindow: null };
  return windowWithFullLayers(
    window,
    Math.min(core.layers, r.config.max_window_layers ?? 28),
    core.layers,
  );
}

/** Gemma 2: even layers use the window, odd layers attend globally (Gemma2DecoderLayer.is_sliding). */
export function alternatingWindow(r: ConfigReader, core: Core): Traits {
  const window = r.number('slidingWindow');
  if (window === undefined) return { slidingWindow: null };
  return windowWithFullLayers(window, Math.floor(core.layers / 2), core.layers);
}

export interface MoeOptions {
  label: string;
  /** Routed experts per token when num_experts_per_tok is missing (the family config's default). */
  topKDefault: number;
  /** Which layer indices hold experts; every layer when absent (Mixtral). */
  isMoeLayer?: (r: ConfigReader, layer: number) => boolean;
  /** Expert width from moe_intermediate_size (fine-grained) or the dense intermediate_size (Mixtral). */
  expertWidth: 'moe' | 'dense';
  /** Qwen-MoE: one shared expert of shared_expert_intermediate_size with a sigmoid gate; DeepSeek: n_shared_experts experts of the routed width. */
  shared: 'none' | 'qwen' | 'deepseek';
}

/** DeepSeek-MoE: layer i has experts when i ≥ first_k_dense_replace and i % moe_layer_freq = 0. */
export const deepseekMoeLayer = (r: ConfigReader, layer: number): boolean =>
  layer >= (r.config.first_k_dense_replace ?? 0) && layer % (r.config.moe_layer_freq ?? 1) === 0;

/** Qwen-MoE: layer i has experts unless listed in mlp_only_layers, every decoder_sparse_step-th layer. */
export const qwenMoeLayer = (r: ConfigReader, layer: number): boolean =>
  !(r.config.mlp_only_layers ?? []).includes(layer) &&
  (layer + 1) % (r.config.decoder_sparse_step ?? 1) === 0;

function sharedTraits(r: ConfigReader, o: MoeOptions, expertWidth: number): Traits {
  if (o.shared === 'qwen') {
    const width = r.number('sharedExpertIntermediate') ?? 0;
    return width > 0
      ? { sharedExperts: 1, sharedExpertIntermediate: width, sharedExpertGate: true }
      : {};
  }
  if (o.shared === 'deepseek') {
    const count = r.number('sharedExperts') ?? 0;
    return count > 0 ? { sharedExperts: count, sharedExpertIntermediate: expertWidth } : {};
  }
  return {};
}

/** The mixture-of-experts fields, or none when the config routes to at most one expert. */
export function moeTraits(r: ConfigReader, core: Core, o: MoeOptions): Traits {
  const experts = r.number('experts');
  if (experts === undefined || experts <= 1) return {};
  const isMoeLayer = o.isMoeLayer ?? (() => true);
  const moeLayerIndices = Array.from({ length: core.layers }, (_, i) => i).filter((i) =>
    isMoeLayer(r, i),
  );
  if (moeLayerIndices.length === 0) return {};
  const denseLayers = core.layers - moeLayerIndices.length;
  if (denseLayers > 0 && moeLayerIndices[0] !== denseLayers) {
    r.notes.push(
      `${denseLayers} of the ${core.layers} layers have a dense MLP instead of experts; they are counted as if they came first, which gives the same parameters.`,
    );
  }
  const expertsPerToken = r.orAssume(
    'expertsPerToken',
    r.number('expertsPerToken'),
    Math.min(o.topKDefault, experts),
    `num_experts_per_tok is missing; ${o.label} routes each token to ${o.topKDefault} experts by default`,
  );
  const expertIntermediate =
    o.expertWidth === 'dense'
      ? core.intermediate
      : r.orAssume(
          'expertIntermediate',
          r.number('expertIntermediate'),
          core.intermediate,
          'moe_intermediate_size is missing; assumed each expert is as wide as the dense MLP',
        );
  return {
    experts,
    expertsPerToken,
    expertIntermediate,
    denseLayers,
    ...sharedTraits(r, o, expertIntermediate),
  };
}

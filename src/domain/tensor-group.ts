import type { LoraTarget } from './linear-shapes';
import type { ModelSpec } from './model';

/** Which part of the parameter breakdown a tensor counts towards. */
export type TensorComponent =
  | 'embeddings'
  | 'positions'
  | 'attention'
  | 'mlp'
  | 'router'
  | 'norms'
  | 'biases'
  | 'head'
  | 'vision'
  | 'mtp';

/**
 * What a tensor does, in the words weight formats use to pick its precision (llama.cpp's
 * token_embd, attn_v, ffn_down, …): a format may keep some roles in 16-bit or give them more bits.
 */
export type TensorRole =
  | 'token-embedding'
  | 'position-embedding'
  | 'embedding-projection'
  | 'output'
  | 'attn-q'
  | 'attn-k'
  | 'attn-v'
  | 'attn-o'
  | 'attn-q-a'
  | 'attn-q-b'
  | 'attn-kv-a'
  | 'attn-kv-b'
  | 'attn-extra'
  | 'linear-attn-in'
  | 'linear-attn-out'
  | 'linear-attn-extra'
  | 'ffn-gate'
  | 'ffn-up'
  | 'ffn-down'
  | 'expert-gate'
  | 'expert-up'
  | 'expert-down'
  | 'shared-gate'
  | 'shared-up'
  | 'shared-down'
  | 'router'
  | 'norm'
  | 'bias'
  | 'mtp-projection'
  | 'vision';

/**
 * A group of identical tensors: `perLayer` tensors of `inputs` × `outputs` elements in each of
 * `layers` layers (1 for tensors outside the blocks). A vector has `inputs` = 1.
 */
export interface TensorGroup {
  role: TensorRole;
  component: TensorComponent;
  inputs: number;
  outputs: number;
  perLayer: number;
  layers: number;
  /** Of `perLayer`, how many one token uses: the k routed experts of E, every other tensor whole. */
  activePerLayer: number;
  /** A 2-D weight matrix of a linear layer: what quantized formats compress and LoRA adapts. */
  isMatrix: boolean;
  /** The LoRA target this matrix answers to (q, k, v, o, gate, up, down), if any. */
  loraTarget: LoraTarget | null;
}

/** Elements in a group. */
export const groupParams = (g: TensorGroup): number => g.inputs * g.outputs * g.perLayer * g.layers;

/** Elements a token uses in a group. */
export const groupActiveParams = (g: TensorGroup): number =>
  g.inputs * g.outputs * g.activePerLayer * g.layers;

const NO_LORA = null;

export type GroupInput = Omit<TensorGroup, 'activePerLayer' | 'isMatrix' | 'loraTarget'> &
  Partial<Pick<TensorGroup, 'activePerLayer' | 'isMatrix' | 'loraTarget'>>;

export function group(g: GroupInput): TensorGroup {
  return {
    activePerLayer: g.perLayer,
    isMatrix: g.inputs > 1,
    loraTarget: NO_LORA,
    ...g,
  };
}

export const vector = (
  role: TensorRole,
  component: TensorComponent,
  size: number,
  perLayer: number,
  layers: number,
): TensorGroup => group({ role, component, inputs: 1, outputs: size, perLayer, layers });

/** One norm's tensors: RMSNorm a weight of `width`, LayerNorm a weight and a bias. */
export const normGroup = (
  m: ModelSpec,
  width: number,
  perLayer: number,
  layers: number,
): TensorGroup =>
  vector('norm', 'norms', width, (m.norm === 'layernorm' ? 2 : 1) * perLayer, layers);

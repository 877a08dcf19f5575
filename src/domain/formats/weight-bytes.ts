import type { ModelSpec } from '../model';
import type { TensorComponent, TensorGroup, TensorRole } from '../tensor-group';
import { modelTensors, mtpTensors } from '../tensors';
import { weightFormat, type FormatId } from './catalogue';
import type { FormatScheme } from './format-types';
import { ggmlTensorBytes } from './ggml-blocks';
import { ggufGroupParts, ggufModelFacts } from './gguf-mix';
import { DEFAULT_GROUP_SIZE, linearBytes } from './linear-layouts';

/** Choices a checkpoint's config can make beyond the format itself. */
export interface FormatOptions {
  /** Roles a Hub config keeps unquantized (modules_to_not_convert, ignore); see module-roles.ts. */
  notConverted?: readonly TensorRole[];
  /** GPTQ, AWQ and int4 group size (128 unless the config says otherwise). */
  groupSize?: number;
  /** Count the multi-token-prediction modules a checkpoint ships beside the model. */
  includeMtp?: boolean;
  /** GGUF: the file was quantized with an importance matrix (it changes Q4_0's and IQ4's ffn_down). */
  imatrix?: boolean;
}

/** Bytes of one tensor group in a format, and how it is stored ("Q4_K", "bf16", "gptq"). */
export interface StoredGroup {
  role: TensorRole;
  component: TensorComponent;
  storage: string;
  /** Tensors as the format stores them (a GGUF file keeps each layer's experts in one tensor). */
  tensors: number;
  params: number;
  bytes: number;
}

export interface FormatWeightBytes {
  format: FormatId;
  total: number;
  params: number;
  /** Parameters stored in a quantized layout (the rest stay in 16 or 32 bits), and their bytes. */
  quantizedParams: number;
  quantizedBytes: number;
  byComponent: Partial<Record<TensorComponent, number>>;
  byRole: Partial<Record<TensorRole, number>>;
  /** Bytes, parameters and tensors per storage type: the counts llama.cpp's loader prints. */
  byStorage: Readonly<Record<string, { tensors: number; params: number; bytes: number }>>;
  groups: readonly StoredGroup[];
}

/** Roles a quantized GPU format stores in its layout: the linears inside the blocks, never routers. */
const BLOCK_LINEAR_ROLES: ReadonlySet<TensorRole> = new Set([
  'attn-q',
  'attn-k',
  'attn-v',
  'attn-o',
  'attn-q-a',
  'attn-q-b',
  'attn-kv-a',
  'attn-kv-b',
  'linear-attn-in',
  'linear-attn-out',
  'ffn-gate',
  'ffn-up',
  'ffn-down',
  'expert-gate',
  'expert-up',
  'expert-down',
  'shared-gate',
  'shared-up',
  'shared-down',
]);
const ROUTED_EXPERT_ROLES: ReadonlySet<TensorRole> = new Set([
  'expert-gate',
  'expert-up',
  'expert-down',
]);

const HALF_BYTES = 2;
const groupParams = (g: TensorGroup, layers = g.layers) =>
  g.inputs * g.outputs * g.perLayer * layers;

/** Whether a GPU format quantizes this group: its block linears (MXFP4: a MoE's routed experts), less what the config keeps. */
function quantizes(
  m: ModelSpec,
  scheme: Extract<FormatScheme, { kind: 'linear' }>,
  g: TensorGroup,
  notConverted: readonly TensorRole[],
): boolean {
  if (!g.isMatrix || !BLOCK_LINEAR_ROLES.has(g.role) || notConverted.includes(g.role)) return false;
  return !(scheme.expertsOnly && m.experts > 1) || ROUTED_EXPERT_ROLES.has(g.role);
}

function storeGroup(
  m: ModelSpec,
  scheme: FormatScheme,
  g: TensorGroup,
  o: FormatOptions,
): StoredGroup[] {
  const base = { role: g.role, component: g.component };
  const tensors = g.perLayer * g.layers;
  if (scheme.kind === 'float') {
    const params = groupParams(g);
    return [
      {
        ...base,
        storage: scheme.bytes === 4 ? 'fp32' : '16-bit',
        tensors,
        params,
        bytes: params * scheme.bytes,
      },
    ];
  }
  if (scheme.kind === 'linear') {
    const params = groupParams(g);
    if (!quantizes(m, scheme, g, o.notConverted ?? [])) {
      return [{ ...base, storage: '16-bit', tensors, params, bytes: params * HALF_BYTES }];
    }
    // group_size −1 (GPTQ) is one group per row.
    const groupSize = o.groupSize ?? DEFAULT_GROUP_SIZE;
    const perTensor = linearBytes(
      scheme.layout,
      g.inputs,
      g.outputs,
      groupSize > 0 ? groupSize : g.inputs,
    );
    return [{ ...base, storage: scheme.layout, tensors, params, bytes: perTensor * tensors }];
  }
  const facts = ggufModelFacts(m, o.imatrix ?? false);
  // A GGUF file stores each layer's routed experts as one 3-D tensor.
  const perLayerTensors = ROUTED_EXPERT_ROLES.has(g.role) ? 1 : g.perLayer;
  return ggufGroupParts(m, scheme.ftype, g, facts).map(({ type, layers }) => ({
    ...base,
    storage: type,
    tensors: perLayerTensors * layers,
    params: groupParams(g, layers),
    bytes: ggmlTensorBytes(type, g.inputs, g.outputs) * g.perLayer * layers,
  }));
}

const UNQUANTIZED_STORAGE = new Set(['fp32', '16-bit', 'F32', 'F16']);
const isQuantizedStorage = (storage: string): boolean => !UNQUANTIZED_STORAGE.has(storage);

function add<K extends string>(into: Partial<Record<K, number>>, key: K, value: number): void {
  into[key] = (into[key] ?? 0) + value;
}

/**
 * Bytes of a model's weights in a format, tensor group by tensor group (docs/method.md §2): each
 * group at the width or block layout the format gives it. Unit: bytes.
 */
export function formatWeightBytes(
  m: ModelSpec,
  formatId: FormatId,
  options: FormatOptions = {},
): FormatWeightBytes {
  const { scheme } = weightFormat(formatId);
  const tensors = [...modelTensors(m), ...(options.includeMtp ? mtpTensors(m) : [])];
  const groups = tensors.flatMap((g) => storeGroup(m, scheme, g, options));
  const byComponent: FormatWeightBytes['byComponent'] = {};
  const byRole: FormatWeightBytes['byRole'] = {};
  const byStorage: Record<string, { tensors: number; params: number; bytes: number }> = {};
  let total = 0;
  let params = 0;
  let quantizedParams = 0;
  let quantizedBytes = 0;
  for (const g of groups) {
    total += g.bytes;
    params += g.params;
    if (isQuantizedStorage(g.storage)) {
      quantizedParams += g.params;
      quantizedBytes += g.bytes;
    }
    add(byComponent, g.component, g.bytes);
    add(byRole, g.role, g.bytes);
    const s = (byStorage[g.storage] ??= { tensors: 0, params: 0, bytes: 0 });
    s.tensors += g.tensors;
    s.params += g.params;
    s.bytes += g.bytes;
  }
  return {
    format: formatId,
    total,
    params,
    quantizedParams,
    quantizedBytes,
    byComponent,
    byRole,
    byStorage,
    groups,
  };
}

/** Bits per weight over the whole model in a format: total bytes × 8 / parameters. Unit: bits. */
export function formatBitsPerWeight(
  m: ModelSpec,
  formatId: FormatId,
  options?: FormatOptions,
): number {
  const bytes = formatWeightBytes(m, formatId, options);
  return (bytes.total * 8) / bytes.params;
}

/**
 * Bits per weight of the tensors a format quantizes (all of them for the float formats): the
 * measure the catalogue orders formats by. Unit: bits.
 */
export function quantizedBitsPerWeight(m: ModelSpec, formatId: FormatId): number {
  const bytes = formatWeightBytes(m, formatId);
  return bytes.quantizedParams === 0
    ? (bytes.total * 8) / bytes.params
    : (bytes.quantizedBytes * 8) / bytes.quantizedParams;
}

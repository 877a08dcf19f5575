import { attentionGroups, linearAttentionGroups, mlpLayerGroups } from './block-tensors';
import type { ModelSpec } from './model';
import { embeddingWidth, moeLayerCount, softmaxAttentionLayers } from './model-shape';
import { group, normGroup, vector, type TensorGroup } from './tensor-group';

/**
 * Every tensor of the model, grouped: the one inventory that parameter counts, LoRA adapters,
 * Adafactor's factored state and weight formats all read. Multi-token-prediction modules and a
 * vision encoder are listed under their own components.
 */
export function modelTensors(m: ModelSpec): TensorGroup[] {
  const h = m.hidden;
  const width = embeddingWidth(m);
  const moeLayers = moeLayerCount(m);
  const groups: TensorGroup[] = [
    group({
      role: 'token-embedding',
      component: 'embeddings',
      inputs: width,
      outputs: m.vocab,
      perLayer: 1,
      layers: 1,
      isMatrix: false,
    }),
  ];
  // OPT (modeling_opt.py): project_in e→h and project_out h→e when word_embed_proj_dim ≠ hidden_size.
  if (width !== h) {
    groups.push(
      group({
        role: 'embedding-projection',
        component: 'embeddings',
        inputs: width,
        outputs: h,
        perLayer: 2,
        layers: 1,
      }),
    );
  }
  if (m.positions === 'learned') {
    groups.push(
      group({
        role: 'position-embedding',
        component: 'positions',
        inputs: h,
        outputs: m.maxPositions + m.positionOffset,
        perLayer: 1,
        layers: 1,
        isMatrix: false,
      }),
    );
  }
  groups.push(
    ...attentionGroups(m, softmaxAttentionLayers(m)),
    ...linearAttentionGroups(m),
    ...mlpLayerGroups(m, moeLayers, m.layers - moeLayers),
    normGroup(m, h, m.normsPerLayer, m.layers),
  );
  // OPT-350m normalises after each sublayer and has no final norm (do_layer_norm_before = false).
  if (m.finalNorm) groups.push(normGroup(m, h, 1, 1));
  if (!m.tiedEmbeddings) {
    groups.push(
      group({
        role: 'output',
        component: 'head',
        inputs: width,
        outputs: m.vocab,
        perLayer: 1,
        layers: 1,
      }),
    );
  }
  // The vision encoder runs on images, not on each generated token: it is never active per token.
  if (m.visionParams > 0)
    groups.push({ ...vector('vision', 'vision', m.visionParams, 1, 1), activePerLayer: 0 });
  return groups;
}

/**
 * One multi-token-prediction module (DeepSeek-V3's layer 61, Qwen3-Next's mtp block): norms of the
 * embedding and the hidden state and a final norm (3h), a 2h→h projection, and one more decoder
 * layer of full attention with the model's MLP (MoE where the model has experts). The embedding
 * and output head are shared with the model (vLLM deepseek_mtp.py, qwen3_next_mtp.py).
 */
export function mtpTensors(m: ModelSpec): TensorGroup[] {
  if (m.mtpLayers === 0) return [];
  const layer: ModelSpec = {
    ...m,
    layers: 1,
    denseLayers: 0,
    moeLayerStep: 1,
    linearAttentionLayers: 0,
  };
  const blocks = [
    ...attentionGroups(layer, 1),
    ...mlpLayerGroups(layer, moeLayerCount(layer), 1 - moeLayerCount(layer)),
    normGroup(m, m.hidden, m.normsPerLayer + 3, 1),
    group({
      role: 'mtp-projection',
      component: 'mtp',
      inputs: 2 * m.hidden,
      outputs: m.hidden,
      perLayer: 1,
      layers: 1,
    }),
  ];
  return blocks.map((g) => ({ ...g, component: 'mtp', layers: g.layers * m.mtpLayers }));
}

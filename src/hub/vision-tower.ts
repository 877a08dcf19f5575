/**
 * Parameters of a multimodal checkpoint's vision encoder and projector, from its vision_config and
 * the text model's hidden size, for the encoders of Gemma 3 (SigLIP), Llama 4 and Mistral 3
 * (Pixtral); null for an encoder the mapping does not know. Shapes from transformers'
 * modeling_siglip.py, modeling_llama4.py, modeling_pixtral.py and the multimodal projectors of
 * modeling_gemma3.py and modeling_mistral3.py.
 */
export function visionTowerParams(
  vision: Readonly<Record<string, unknown>>,
  textHidden: number,
  top: Readonly<Record<string, unknown>>,
): number | null {
  const n = (key: string, fallback: number): number => {
    const value = vision[key];
    return typeof value === 'number' ? value : fallback;
  };
  const vh = n('hidden_size', 0);
  const vi = n('intermediate_size', 0);
  const layers = n('num_hidden_layers', 0);
  const patch = n('patch_size', 14);
  if (vh === 0 || vi === 0 || layers === 0) return null;
  // q, k, v, o with biases, fc1 and fc2 with biases, two LayerNorms (weight and bias).
  const biasedLayer = 4 * (vh * vh + vh) + (vh * vi + vi) + (vi * vh + vh) + 2 * (2 * vh);
  switch (vision.model_type) {
    case 'siglip_vision_model': {
      const image = n('image_size', 896);
      const embeddings = 3 * patch * patch * vh + vh + (image / patch) ** 2 * vh;
      // Gemma 3's projector: mm_input_projection_weight (vh × h) and an RMSNorm of vh.
      return layers * biasedLayer + embeddings + 2 * vh + (vh * textHidden + vh);
    }
    case 'llama4_vision_model': {
      const image = n('image_size', 336);
      const patches = (image / patch) ** 2 + 1;
      const adapter = vi * n('projector_input_dim', 4096) + n('projector_output_dim', 4096) ** 2;
      const encoder =
        layers * biasedLayer + 3 * patch * patch * vh + vh + patches * vh + 2 * (2 * vh) + adapter;
      return encoder + n('vision_output_dim', 4096) * textHidden;
    }
    case 'pixtral': {
      // RMSNorms and a gated MLP without biases; Mistral 3's projector merges 2 × 2 patches.
      const encoder = layers * (4 * vh * vh + 3 * vh * vi + 2 * vh) + 3 * patch * patch * vh + vh;
      const merge = typeof top.spatial_merge_size === 'number' ? top.spatial_merge_size : 2;
      const projector = vh + vh * merge * merge * vh + vh * textHidden + textHidden * textHidden;
      return encoder + projector;
    }
    default:
      return null;
  }
}

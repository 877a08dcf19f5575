import type { ModelSpec } from '../domain/model';

/** A real config.json of a 2025–2026 family against its published counts. */
export interface ModernConfigRow {
  file: string;
  family: string;
  /** The published total, and where it was read. */
  published: number;
  source: string;
  /** What the published total includes beyond `countParameters(model).total`, added to compare. */
  beyondTotal?: { count: (mtp: number, embeddingsAndHead: number) => number; why: string };
  /** Active parameters per token as the card counts them, in billions, and how it counts them. */
  active?: { billions: number; excludes: 'nothing' | 'embeddings'; source: string };
  shape: Partial<ModelSpec>;
}

/**
 * The new families' checkpoints. "HF safetensors total" figures are the Hugging Face API's sum of
 * the stored tensors as other public registries quote it (kvfit's build_registry.py, an MoE audit);
 * for DeepSeek-V3 the API reply itself is quoted verbatim in a public design document.
 */
export const MODERN_CONFIG_ROWS: readonly ModernConfigRow[] = [
  {
    file: 'deepseek-ai_DeepSeek-R1',
    family: 'DeepSeek-V3',
    published: 684_489_845_504,
    source:
      'HF safetensors total of deepseek-ai/DeepSeek-R1 without its fp8 scale tensors (same architecture as DeepSeek-V3: "671B total", README_WEIGHTS.md)',
    beyondTotal: {
      count: (mtp, embeddingsAndHead) => mtp + embeddingsAndHead,
      why: 'the checkpoint stores the MTP layer (model.layers.61) with its own copies of embed_tokens and shared_head.head',
    },
    active: {
      billions: 37,
      excludes: 'nothing',
      source:
        'DeepSeek-V3 paper abstract: "671B total parameters with 37B activated for each token"',
    },
    shape: {
      kvLoraRank: 512,
      qLoraRank: 1536,
      headDim: 192,
      vHeadDim: 128,
      qkRopeHeadDim: 64,
      experts: 256,
      sharedExperts: 1,
      denseLayers: 3,
      routerBias: true,
      mtpLayers: 1,
    },
  },
  {
    file: 'deepseek-ai_DeepSeek-V2.5',
    family: 'DeepSeek-V2',
    published: 235_741_434_880,
    source:
      'HF safetensors total of deepseek-ai/DeepSeek-V2 and -V2.5 (same shapes); "236B total, 21B activated"',
    active: {
      billions: 21,
      excludes: 'nothing',
      source: 'DeepSeek-V2 paper: "21B of which are activated for each token"',
    },
    shape: { kvLoraRank: 512, qLoraRank: 1536, experts: 160, sharedExperts: 2, routerBias: false },
  },
  {
    file: 'deepseek-ai_DeepSeek-V2-Lite',
    family: 'DeepSeek-V2',
    published: 15_706_484_224,
    source:
      'HF safetensors total of deepseek-ai/DeepSeek-V2-Lite; model card: 15.7B total, 2.4B activated',
    shape: { kvLoraRank: 512, qLoraRank: null, experts: 64, denseLayers: 1 },
  },
  {
    file: 'openai_gpt-oss-20b',
    family: 'gpt-oss',
    published: 20_914_757_184,
    source:
      'gpt-oss model card (arXiv:2508.10925) Table 1: "Total Parameters 20.91B"; HF safetensors total 20,914,757,184',
    active: {
      billions: 3.61,
      excludes: 'embeddings',
      source:
        'Table 1: "Active Parameters 3.61B … Unembedding parameters are counted towards active, but not embeddings."',
    },
    shape: {
      attentionSinks: true,
      routerBias: true,
      experts: 32,
      expertsPerToken: 4,
      slidingWindow: 128,
      fullAttentionLayers: 12,
    },
  },
  {
    file: 'openai_gpt-oss-120b',
    family: 'gpt-oss',
    published: 116_829_156_672,
    source:
      'gpt-oss model card Table 1: "Total Parameters 116.83B"; HF safetensors total 116,829,156,672',
    active: {
      billions: 5.13,
      excludes: 'embeddings',
      source: 'Table 1: "Active Parameters 5.13B"',
    },
    shape: { experts: 128, layers: 36, fullAttentionLayers: 18 },
  },
  {
    file: 'meta-llama_Llama-4-Scout-17B-16E-Instruct',
    family: 'Llama 4',
    published: 108_641_793_536,
    source:
      'HF safetensors total of meta-llama/Llama-4-Scout-17B-16E-Instruct (text, vision encoder and projector); Meta: "17B (Activated) 109B (Total)"',
    active: {
      billions: 17,
      excludes: 'nothing',
      source: 'Meta model card: 17B activated (text model)',
    },
    shape: {
      experts: 16,
      expertsPerToken: 1,
      sharedExperts: 1,
      intermediate: 16384,
      expertIntermediate: 8192,
      localAttention: 'chunked',
      slidingWindow: 8192,
      fullAttentionLayers: 12,
    },
  },
  {
    file: 'Qwen_Qwen3-235B-A22B',
    family: 'Qwen3-MoE',
    published: 235_093_634_560,
    source:
      'HF safetensors total of Qwen/Qwen3-235B-A22B; model card: "235B in total and 22B activated"',
    active: { billions: 22, excludes: 'nothing', source: 'Qwen3-235B-A22B model card' },
    shape: { experts: 128, expertsPerToken: 8, expertIntermediate: 1536, kvHeads: 4 },
  },
  {
    file: 'Qwen_Qwen3-Next-80B-A3B-Instruct',
    family: 'Qwen3-Next',
    published: 81_324_862_720,
    source:
      'HF safetensors total of Qwen/Qwen3-Next-80B-A3B-Instruct; model card: 80B total, 3B activated, 79B non-embedding',
    beyondTotal: { count: (mtp) => mtp, why: 'the checkpoint stores one MTP layer (mtp.*)' },
    shape: {
      linearAttentionLayers: 36,
      attentionOutputGate: true,
      experts: 512,
      expertsPerToken: 10,
      sharedExperts: 1,
      mtpLayers: 1,
    },
  },
  {
    file: 'google_gemma-3-27b-it',
    family: 'Gemma 3',
    published: 27_432_406_640,
    source:
      'HF safetensors total of google/gemma-3-27b-it; Gemma 3 report Table 1: vision encoder 417M, non-embedding 25,600M',
    shape: {
      vocab: 262208,
      normsPerLayer: 4,
      qkNorm: true,
      slidingWindow: 1024,
      fullAttentionLayers: 10,
      tiedEmbeddings: true,
    },
  },
  {
    file: 'google_gemma-3-4b-it',
    family: 'Gemma 3',
    published: 4_300_079_472,
    source:
      'HF safetensors total of google/gemma-3-4b-it; Gemma 3 report Table 1: vision 417M, non-embedding 3,209M',
    shape: { heads: 8, kvHeads: 4, headDim: 256, fullAttentionLayers: 5 },
  },
  {
    file: 'google_gemma-3-1b-it',
    family: 'Gemma 3',
    published: 999_885_952,
    source:
      'Gemma 3 report Table 1: 1B = 302M embedding + 698M non-embedding (text only); 262,144 × 1,152 + 697,896,064',
    shape: { vocab: 262144, slidingWindow: 512, fullAttentionLayers: 4 },
  },
  {
    file: 'mistralai_Mistral-Small-3.2-24B-Instruct-2506',
    family: 'Mistral',
    published: 24_011_361_280,
    source:
      'HF safetensors total of mistralai/Mistral-Small-3.2-24B-Instruct-2506 (text, Pixtral encoder and projector)',
    shape: { kvHeads: 8, headDim: 128, slidingWindow: null },
  },
];

import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { SAMPLING_DEFAULTS, type SamplingChoices } from '../sampling-store';
import { decodeUrl } from './url-codec';

/**
 * Links as version 1 writes them. They are a promise to everyone who shared one: a later version
 * may change how it writes links, but must keep decoding these to the same choices (through a
 * migration if the format moves on). Do not edit a row; add one.
 */
const GOLDEN: readonly { link: string; unit?: 'GB' | 'GiB'; scenario: Partial<Scenario> }[] = [
  { link: 'v=1', scenario: {} },
  { link: '', scenario: {} },
  {
    link: '?v=1&m=llama-2-70b&g=h100-80gb&mo=inference&dt=int4&b=8&s=4096&gen=1024&kv=fp8&u=GiB',
    unit: 'GiB',
    scenario: {
      model: 'llama-2-70b',
      gpu: 'h100-80gb',
      mode: 'inference',
      dtype: 'int4',
      batch: 8,
      seqLen: 4096,
      generatedTokens: 1024,
      kvDtype: 'fp8',
    },
  },
  {
    link: 'v=1&m=mistral-7b&mo=finetune&dt=int4&ft=qlora&lr=64&lt=q,k,v,o,gate,up,down&ad=fp32&opt=adam-8bit&rc=full&at=eager&do=1',
    scenario: {
      model: 'mistral-7b',
      mode: 'finetune',
      dtype: 'int4',
      finetuneMethod: 'qlora',
      loraRank: 64,
      loraTargets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'],
      adapterDtype: 'fp32',
      optimizer: 'adam-8bit',
      recompute: 'full',
      attention: 'eager',
      dropout: true,
    },
  },
  {
    link: 'v=1&m=gpt-3&g=a100-80gb&wa=naive&gr=fp32&lay=manual&z=1&tp=8&pp=16&dp=64&sp=1&oh=2GiB&sm=0.1&ut=0.5',
    scenario: {
      model: 'gpt-3',
      gpu: 'a100-80gb',
      weightAccounting: 'naive',
      gradients: 'fp32',
      layout: 'manual',
      zeroStage: 1,
      tensorParallel: 8,
      pipelineParallel: 16,
      dataParallel: 64,
      sequenceParallel: true,
      overheadBytes: 2 * 2 ** 30,
      safetyMargin: 0.1,
      utilization: 0.5,
    },
  },
  { link: 'v=1&tt=2e12', scenario: { trainingTokens: 2e12 } },
  { link: 'v=1&mo=finetune&tt=500000000', scenario: { mode: 'finetune', trainingTokens: 5e8 } },
  // Written before the version key existed: read as version 1. Byte counts may be plain bytes or carry a unit.
  {
    link: 'b=4&s=1e5&oh=512MiB',
    scenario: { batch: 4, seqLen: 100_000, overheadBytes: 512 * 2 ** 20 },
  },
  { link: 'v=1&oh=1073741824&lt=', scenario: { overheadBytes: 2 ** 30, loraTargets: [] } },
  {
    link:
      'v=1&m.name=Tiny+MoE&m.layers=4&m.hidden=512&m.heads=8&m.kvHeads=2&m.intermediate=2048&m.vocab=1000' +
      '&m.experts=8&m.expertsPerToken=2&m.expertIntermediate=256&m.slidingWindow=1024&m.tiedEmbeddings=1' +
      '&g.name=Lab+GPU&g.memoryBytes=48GiB&g.labelGB=48&g.bandwidthBytesPerSecond=9.6e11&g.peakFlops=1.8e14&g.gpusPerNode=4',
    scenario: {
      model: {
        name: 'Tiny MoE',
        layers: 4,
        hidden: 512,
        heads: 8,
        kvHeads: 2,
        headDim: 64,
        vHeadDim: null,
        kvLoraRank: null,
        qLoraRank: null,
        qkRopeHeadDim: 0,
        attentionSinks: false,
        attentionOutputGate: false,
        intermediate: 2048,
        vocab: 1000,
        mlp: 'gated',
        norm: 'rmsnorm',
        normsPerLayer: 2,
        qkNorm: false,
        positions: 'rotary',
        maxPositions: 4096,
        positionOffset: 0,
        tiedEmbeddings: true,
        embeddingDim: null,
        finalNorm: true,
        attentionBias: 'none',
        mlpBias: false,
        experts: 8,
        expertsPerToken: 2,
        expertIntermediate: 256,
        sharedExperts: 0,
        sharedExpertIntermediate: 0,
        sharedExpertGate: false,
        denseLayers: 0,
        moeLayerStep: 1,
        routerBias: false,
        mtpLayers: 0,
        visionParams: 0,
        slidingWindow: 1024,
        localAttention: 'sliding',
        fullAttentionLayers: 0,
        linearAttentionLayers: 0,
        linearKeyHeads: 0,
        linearValueHeads: 0,
        linearKeyHeadDim: 0,
        linearValueHeadDim: 0,
        linearConvKernel: 0,
      },
      gpu: {
        name: 'Lab GPU',
        memoryBytes: 48 * 2 ** 30,
        labelGB: 48,
        bandwidthBytesPerSecond: 9.6e11,
        peakFlops: 1.8e14,
        bf16: true,
        fp8Flops: 0,
        int8Ops: 0,
        fp4Flops: 0,
        interconnect: 'nvlink',
        gpusPerNode: 4,
      },
    },
  },
  // Weight formats from the catalogue (docs/method.md §2), beside the six dtypes above.
  {
    link: 'v=1&m=llama-3.1-8b&mo=inference&dt=gguf-q4_k_m',
    scenario: { model: 'llama-3.1-8b', mode: 'inference', dtype: 'gguf-q4_k_m' },
  },
  {
    link: 'v=1&mo=finetune&ft=qlora&dt=bnb-nf4-dq',
    scenario: { mode: 'finetune', finetuneMethod: 'qlora', dtype: 'bnb-nf4-dq' },
  },
  { link: 'v=1&mo=inference&dt=fp8-block', scenario: { mode: 'inference', dtype: 'fp8-block' } },
  { link: 'v=1&mo=inference&dt=mxfp4', scenario: { mode: 'inference', dtype: 'mxfp4' } },
  // The serving engine and its settings (docs/method.md §11).
  {
    link: 'v=1&m=llama-3.1-70b&g=h100-80gb&mo=inference&b=16&s=8192&gen=1024&en=sglang&mf=0.85&mml=16384&mbt=4096&mns=64&cg=0&bw=0.7&tps=5000',
    scenario: {
      model: 'llama-3.1-70b',
      gpu: 'h100-80gb',
      mode: 'inference',
      batch: 16,
      seqLen: 8192,
      generatedTokens: 1024,
      engine: 'sglang',
      memoryFraction: 0.85,
      maxModelLen: 16384,
      maxNumBatchedTokens: 4096,
      maxNumSeqs: 64,
      cudaGraphs: false,
      bandwidthEfficiency: 0.7,
      targetTokensPerSecond: 5000,
    },
  },
  {
    link: 'v=1&mo=inference&en=vllm&ep=llm&mf=auto',
    scenario: { mode: 'inference', servingEntry: 'llm' },
  },
  {
    link: 'v=1&mo=inference&en=llamacpp&ngl=20&kv=int8',
    scenario: { mode: 'inference', engine: 'llamacpp', gpuLayers: 20, kvDtype: 'int8' },
  },
  { link: 'v=1&mo=inference&en=hf', scenario: { mode: 'inference', engine: 'hf' } },
  // Training plans (docs/share-link.md): framework, offload, accounting, activation count, margins, splits.
  {
    link:
      'v=1&m=llama-3.1-8b&g=h100-80gb&mo=finetune&ft=full&lay=manual&dp=4&fw=fsdp&oo=cpu&opa=cpu' +
      '&sac=deepspeed&act=paper&am=0.1&tcp=2&tep=1&po=1&f8=1&wn=1',
    scenario: {
      model: 'llama-3.1-8b',
      gpu: 'h100-80gb',
      mode: 'finetune',
      finetuneMethod: 'full',
      layout: 'manual',
      dataParallel: 4,
      framework: 'fsdp',
      offloadOptimizer: 'cpu',
      offloadParams: 'cpu',
      stateAccounting: 'deepspeed',
      activationConvention: 'paper',
      allocatorMargin: 0.1,
      contextParallel: 2,
      expertParallel: 1,
      pagedOptimizer: true,
      fp8Training: true,
      wholeNodes: true,
    },
  },
  {
    link: 'v=1&fw=megatron&oo=nvme',
    scenario: { framework: 'megatron', offloadOptimizer: 'nvme' },
  },
  // Since issue 16 a link without `u` shows GiB; one that names GB keeps it.
  { link: 'v=1&b=2&u=GB', unit: 'GB', scenario: { batch: 2 } },
];

describe('golden share links (version 1)', () => {
  it.each(GOLDEN)('$link', ({ link, unit = 'GiB', scenario }) => {
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.unit).toBe(unit);
    const expected: Scenario = { ...DEFAULT_SCENARIO, ...scenario };
    for (const field of Object.keys(expected) as (keyof Scenario)[]) {
      expect(decoded.scenario[field], field).toEqual(expected[field]);
    }
    expect(decoded.sampling).toEqual(SAMPLING_DEFAULTS);
  });
});

/** Version 1 links to the sampling explorer, under the same promise as GOLDEN. */
const GOLDEN_SAMPLING: readonly { link: string; sampling: Partial<SamplingChoices> }[] = [
  { link: 'v=1&xt=0.5&xk=10&xp=0.9', sampling: { temperature: 0.5, topK: 10, topP: 0.9 } },
  { link: 'v=1&xt=0&xp=0&xk=1', sampling: { temperature: 0, topP: 0, topK: 1 } },
  { link: 'v=1&xn=10000&xr=4294967295', sampling: { drawCount: 10_000, seed: 4_294_967_295 } },
  {
    link: 'v=1&xl=Paris%0916.9%0ANew+York,+-2.5e-1%0A%2B+1',
    sampling: { source: 'custom', customText: 'Paris\t16.9\nNew York, -2.5e-1\n+ 1' },
  },
  { link: 'v=1&xl=', sampling: { source: 'custom', customText: '' } },
  {
    link: 'v=1&m=llama-2-13b&b=4&u=GiB&xt=0.8&xk=36&xp=0.7&xn=100&xr=7',
    sampling: { temperature: 0.8, topK: 36, topP: 0.7, drawCount: 100, seed: 7 },
  },
];

describe('golden share links to the sampling explorer (version 1)', () => {
  it.each(GOLDEN_SAMPLING)('$link', ({ link, sampling }) => {
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.sampling).toEqual({ ...SAMPLING_DEFAULTS, ...sampling });
  });
});

import type { BadInputRow } from './catalogue';
import { NUMBER, box, exact, nameCases, percentCases, wholeNumber } from './row-helpers';

/** The calculator's own inputs: the workload, the advanced settings and a custom architecture. */
export const CALCULATOR_ROWS: readonly BadInputRow[] = [
  {
    input: 'Batch size, Sequence length (number box beside each slider)',
    targets: [exact('Batch size', 1_000_000), exact('Sequence length', 100_000_000)],
    cases: wholeNumber(false),
  },
  {
    input: 'Generated tokens (inference)',
    targets: [exact('Generated tokens', 100_000_000, { scenario: { mode: 'inference' } })],
    cases: wholeNumber(true),
  },
  {
    input: 'LoRA rank (fine-tuning); Tensor, Pipeline and Data parallel (manual layout)',
    targets: [
      box('advanced', 'LoRA rank (r)', 65_536, { scenario: { mode: 'finetune' } }),
      box('advanced', 'Tensor parallel', 1024, { scenario: { layout: 'manual' } }),
      box('advanced', 'Pipeline parallel', 100_000, { scenario: { layout: 'manual' } }),
      box('advanced', 'Data parallel', 1_000_000, { scenario: { layout: 'manual' } }),
    ],
    cases: wholeNumber(false),
  },
  {
    input: 'Runtime overhead per GPU (GiB, the default unit)',
    targets: [box('advanced', 'Runtime overhead per GPU', 1e15)],
    cases: {
      empty: { shows: NUMBER },
      // The engine's limit of 10^15 bytes is 931,323 GiB.
      negative: { shows: '{label} must be from 0 to 931,323 GiB, got -1 GiB' },
      zero: { shows: null },
      fractional: { shows: null },
      // 1e300 GiB is more bytes than a double holds; the box still shows what was typed.
      huge: { shows: '{label} must be from 0 to 931,323 GiB' },
      nonNumeric: { shows: NUMBER },
      overLong: { shows: NUMBER },
    },
  },
  {
    input: 'Safety margin (%)',
    targets: [box('advanced', 'Safety margin', 90)],
    cases: percentCases(0, 90),
  },
  {
    input: 'Utilisation (%)',
    targets: [box('advanced', 'Utilisation', 100)],
    cases: percentCases(1, 100),
  },
  {
    input: 'Custom architecture: name',
    targets: [box('custom-model', 'Name', 0, { isText: true })],
    cases: nameCases('{label} must not be empty'),
  },
  {
    input:
      'Custom architecture: counts of at least 1 (layers, hidden size, heads, key/value heads, head dimension, MLP width, vocabulary, context length, experts, experts per token, expert width, embedding width, attention window)',
    targets: [
      box('custom-model', 'Layers (L)', 100_000),
      box('custom-model', 'Hidden size (h)', 10_000_000),
      box('custom-model', 'Attention heads (a)', 100_000),
      box('custom-model', 'Key/value heads (kv)', 100_000),
      box('custom-model', 'Head dimension (d)', 10_000_000),
      box('custom-model', 'MLP width (f)', 10_000_000),
      box('custom-model', 'Vocabulary (V)', 100_000_000),
      box('custom-model', 'Context length', 1_000_000_000),
      box('custom-model', 'Experts (E, 1 = dense)', 100_000),
      box('custom-model', 'Experts per token (k)', 100_000),
      box('custom-model', 'Expert MLP width', 10_000_000),
      box('custom-model', 'Embedding width (e)', 10_000_000, { model: { embeddingDim: 4096 } }),
      box('custom-model', 'Attention window', 1_000_000_000, { model: { slidingWindow: 4096 } }),
    ],
    cases: wholeNumber(false),
  },
  {
    input:
      'Custom architecture: counts that may be 0 (extra position rows, norms per layer, shared experts, shared expert width, leading dense layers, full-attention layers)',
    targets: [
      box('custom-model', 'Extra position rows', 1000),
      box('custom-model', 'Norms per layer', 16),
      box('custom-model', 'Shared experts', 1000),
      box('custom-model', 'Shared expert width', 10_000_000),
      box('custom-model', 'Leading dense layers', 100_000),
      box('custom-model', 'Full-attention layers', 100_000, { model: { slidingWindow: 4096 } }),
    ],
    cases: wholeNumber(true),
  },
  {
    input: 'Context and Expert parallel (training, manual layout)',
    targets: [
      box('advanced', 'Context parallel', 1024, { scenario: { layout: 'manual' } }),
      box('advanced', 'Expert parallel', 1024, { scenario: { layout: 'manual' } }),
    ],
    cases: wholeNumber(false),
  },
  {
    input: 'Allocator margin (%, training)',
    targets: [box('advanced', 'Allocator margin', 50)],
    cases: percentCases(0, 50),
  },
];

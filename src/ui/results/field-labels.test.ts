import { describe, expect, it } from 'vitest';
import { describeIssue, fieldLabel } from './field-labels';

describe('fieldLabel', () => {
  it.each([
    ['batch', 'Batch size'],
    ['seqLen', 'Sequence length'],
    ['tensorParallel', 'Tensor-parallel size'],
    ['model', 'Model'],
    ['model.heads', 'Model attention heads'],
    ['model.kvHeads', 'Model key/value heads'],
    ['gpu.memoryBytes', 'GPU memory'],
    ['model.somethingNew', 'Model somethingNew'],
    ['unknownField', 'unknownField'],
  ])('%s → %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});

describe('describeIssue', () => {
  it('puts the label before the message', () => {
    expect(describeIssue({ field: 'batch', message: 'must be at least 1, got 0' })).toBe(
      'Batch size: must be at least 1, got 0',
    );
  });
});

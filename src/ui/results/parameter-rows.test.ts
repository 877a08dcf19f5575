import { describe, expect, it } from 'vitest';
import { countParameters } from '../../domain/parameters';
import { findModelPreset } from '../../domain/presets/models';
import { parameterRows } from './parameter-rows';

const paramsOf = (id: string) => countParameters(findModelPreset(id)!.model);

describe('parameterRows', () => {
  it('Llama-2-7B: non-zero components, their shares and the published total', () => {
    const { rows, omitted } = parameterRows(paramsOf('llama-2-7b'));
    expect(rows.map((row) => row.key)).toEqual([
      'embeddings',
      'attention',
      'mlp',
      'norms',
      'head',
      'total',
    ]);
    expect(rows.find((row) => row.key === 'total')).toEqual({
      key: 'total',
      label: 'Total',
      exact: '6,738,415,616',
      short: '6.74B',
      share: '100%',
    });
    expect(rows.find((row) => row.key === 'embeddings')).toMatchObject({
      exact: '131,072,000',
      short: '131M',
      share: '1.95%',
    });
    expect(omitted).toEqual(['Position embeddings', 'MoE router', 'Biases', 'Vision encoder']);
  });

  it('a mixture of experts adds its router and the active parameters per token', () => {
    const { rows } = parameterRows(paramsOf('mixtral-8x7b'));
    expect(rows.map((row) => row.key)).toContain('router');
    const active = rows.at(-1)!;
    expect(active.key).toBe('active');
    expect(active.label).toBe('Active per token (MoE)');
    expect(active.short).toBe('12.9B');
  });
});

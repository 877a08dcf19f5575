import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatBytesIn } from '../../lib/format';
import { estimateWith } from '../../test/scenario-fixtures';
import { DtypeComparison } from './dtype-comparison';
import { renderWithStore } from '../../test/render-with-store';

const rowOf = (table: HTMLElement, dtype: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${dtype}\\b`) });

describe('DtypeComparison', () => {
  it('training: a row per dtype, the current one marked, reasons where a dtype does not apply', () => {
    renderWithStore(<DtypeComparison />, {}, { unit: 'GB' });
    const table = screen.getByRole('table', { name: /Memory per GPU in each dtype/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Dtype',
      'Weights',
      'Gradients',
      'Optimizer states',
      'Activations',
      'Per-GPU total',
      'GPUs needed',
    ]);
    const bf16 = rowOf(table, 'bf16');
    const e = estimateWith();
    const parts = e.layout.perGpu;
    const gb = (bytes: number) => formatBytesIn(bytes, 'GB');
    expect(bf16).toHaveAttribute('aria-current', 'true');
    expect(within(bf16).getByRole('rowheader')).toHaveTextContent('bf16 (current)');
    expect(
      within(bf16)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      gb(parts.weights),
      gb(parts.gradients),
      gb(parts.optimizer),
      gb(parts.activations),
      gb(e.layout.perGpuBytes),
      '17FSDP full shard',
    ]);
    const int4 = within(rowOf(table, 'int4')).getByRole('cell');
    expect(int4).toHaveAttribute('colspan', '6');
    expect(int4).toHaveTextContent(
      /^Does not apply: int4 \(group 128\) weights cannot be trained directly/,
    );
    expect(rowOf(table, 'GGUF Q4_K_M')).toBeInTheDocument();
  });

  it('inference shows the KV cache instead of gradients and optimizer states', () => {
    renderWithStore(<DtypeComparison />, { mode: 'inference' });
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toContain('KV cache');
    expect(headers).not.toContain('Gradients');
  });

  it('renders nothing for invalid input', () => {
    const { container } = renderWithStore(<DtypeComparison />, { seqLen: 0 });
    expect(container).toBeEmptyDOMElement();
  });
});

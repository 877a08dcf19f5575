import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findModelPreset } from '../../domain/presets/models';
import { InputIssues } from './input-issues';
import { renderWithStore } from '../../test/render-with-store';

describe('InputIssues', () => {
  it('renders nothing while the inputs are valid', () => {
    const { container } = renderWithStore(<InputIssues />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each problem by its field label in an alert', () => {
    renderWithStore(<InputIssues />, { batch: 0, seqLen: 1.5 });
    const alert = screen.getByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Batch size: must be at least 1, got 0',
      'Sequence length: must be a whole number, got 1.5',
    ]);
    expect(alert).toHaveTextContent('The last valid numbers are not shown');
  });

  it('states the ranges of the boxes shown in % or GB in those units, as the boxes do', () => {
    const { store } = renderWithStore(
      <InputIssues />,
      { safetyMargin: 0.95, overheadBytes: -1e9 },
      { unit: 'GB' },
    );
    const items = within(screen.getByRole('alert'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain('Safety margin: must be from 0 to 90 %, got 95 %');
    expect(items).toContain('Runtime overhead per GPU: must be from 0 to 1,000,000 GB, got -1 GB');
    act(() => store.getState().setUnit('GiB'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Runtime overhead per GPU: .* GiB, got -0\.931 GiB/,
    );
  });

  it('names nested model fields', () => {
    const { store } = renderWithStore(<InputIssues />);
    act(() =>
      store.getState().setCustomModel({ ...findModelPreset('llama-2-7b')!.model, heads: 0 }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Model attention heads: must be at least 1, got 0',
    );
  });

  it('goes away once the input is fixed', () => {
    const { store } = renderWithStore(<InputIssues />, { batch: 0 });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => store.getState().setField('batch', 4));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

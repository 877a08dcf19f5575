import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParameterBreakdown } from './parameter-breakdown';
import { renderWithStore } from '../../test/render-with-store';

describe('ParameterBreakdown', () => {
  it('Llama-2-7B by component, with the total and its share', () => {
    renderWithStore(<ParameterBreakdown />);
    const table = screen.getByRole('table', { name: 'Parameters of Llama-2-7B by component' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Component', 'Parameters', 'Approx.', 'Share of total']);
    const total = within(table).getByRole('row', { name: /^Total / });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['6,738,415,616', '6.74B', '100%']);
    expect(within(table).queryByRole('rowheader', { name: 'Biases' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/None in this model: Position embeddings, MoE router, Biases/),
    ).toBeInTheDocument();
    expect(screen.getByText('Published: 7B (6,738,415,616).')).toBeInTheDocument();
  });

  it('a mixture of experts shows its active parameters', () => {
    renderWithStore(<ParameterBreakdown />, { model: 'mixtral-8x7b' });
    expect(screen.getByRole('rowheader', { name: 'Active per token (MoE)' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'MoE router' })).toBeInTheDocument();
  });
});

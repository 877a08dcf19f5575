import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { WhatFitsSection } from './what-fits-section';

const SWEEP_TIMEOUT = { timeout: 30_000 };

const inferenceTable = () => screen.findByRole('table', { name: /^Inference/ }, SWEEP_TIMEOUT);

describe('What can I run on this?', () => {
  it('sweeps the scenario’s GPU, sorts by a column, filters, and opens a row in the calculator', async () => {
    const { user, store, scenario } = renderWithStore(<WhatFitsSection />, { gpu: 'h100-80gb' });
    const table = await inferenceTable();
    expect(screen.getByRole('checkbox', { name: "This scenario's GPU (H100 80GB)" })).toBeChecked();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);

    await user.click(within(table).getByRole('button', { name: /Decode, one request/ }));
    expect(store.getState().fits?.sort).toEqual({ key: 'speed', descending: true });
    const header = screen.getByRole('columnheader', { name: /Decode, one request/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(
      within(screen.getByRole('table', { name: /^Inference/ })).getByRole('columnheader', {
        name: /^Model/,
      }),
    ).not.toHaveAttribute('aria-sort');

    await user.selectOptions(screen.getByLabelText('Weight format'), 'MXFP4');
    await user.type(screen.getByLabelText('Search models'), '120b');
    const rows = within(screen.getByRole('table', { name: /^Inference/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'MXFP4',
      'MXFP4',
      'MXFP4',
    ]);
    expect(rows[0]).toHaveAccessibleName(/^gpt-oss-120b/);

    await user.click(
      screen.getByRole('button', {
        name: 'Open gpt-oss-120b, MXFP4, 4k on H100 80GB in the calculator',
      }),
    );
    expect(scenario()).toMatchObject({
      model: 'gpt-oss-120b',
      gpu: 'h100-80gb',
      mode: 'inference',
      dtype: 'mxfp4',
      seqLen: 4096 - 256,
      generatedTokens: 256,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Opened gpt-oss-120b, MXFP4, 4k on H100 80GB in the calculator above.',
    );
  }, 60_000);

  it('drops every row of the old scenario at once and sweeps the new one', async () => {
    const { store } = renderWithStore(<WhatFitsSection />, { gpu: 'rtx-4090' }, {});
    await inferenceTable();
    act(() => store.getState().setFits({ fit: 'all', model: 'Llama-2-7B' }));
    expect(screen.getAllByRole('cell', { name: 'RTX 4090 24GB' }).length).toBeGreaterThan(0);
    act(() => store.getState().applyGpuPreset('a100-80gb'));
    await waitFor(() =>
      expect(screen.queryByRole('cell', { name: 'RTX 4090 24GB' })).not.toBeInTheDocument(),
    );
    expect(
      await screen.findAllByRole('cell', { name: 'A100 80GB' }, SWEEP_TIMEOUT),
    ).not.toHaveLength(0);
    expect(screen.queryByRole('cell', { name: 'RTX 4090 24GB' })).not.toBeInTheDocument();
  }, 60_000);

  it('keeps one GPU chosen, and adds a preset to the sweep', async () => {
    const { user, store } = renderWithStore(<WhatFitsSection />);
    const own = screen.getByRole('checkbox', { name: "This scenario's GPU (RTX 4090 24GB)" });
    expect(own).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'L4 24GB' }));
    expect(store.getState().fits?.gpus).toEqual(['current', 'l4-24gb']);
    expect(own).toBeEnabled();
    await inferenceTable();
  }, 60_000);
});

import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalculatorStoreProvider } from '../../state/react/calculator-context';
import { estimate } from '../../domain/estimate';
import { formatBytesIn } from '../../lib/format';
import { createCalculatorStore, type CalculatorState } from '../../state/calculator-store';
import { MemoryChartSection } from './memory-chart-section';

function renderSection(initial: Partial<CalculatorState> = {}) {
  const store = createCalculatorStore(initial);
  render(
    <CalculatorStoreProvider store={store}>
      <MemoryChartSection />
    </CalculatorStoreProvider>,
  );
  return store;
}

/** Let the lazily loaded chart arrive, so no update lands after the test. */
const chartLoaded = () =>
  waitFor(() => expect(screen.queryByText('Loading chart…')).not.toBeInTheDocument());

describe('MemoryChartSection', () => {
  it('shows the per-GPU stack as a table with the same numbers as the chart', async () => {
    const store = renderSection({ unit: 'GB' });
    const e = estimate(store.getState().scenario);
    expect(screen.getByRole('heading', { name: 'Memory breakdown' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Memory per GPU by part, in GB' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual([
      'Bar',
      'Layout',
      'Weights',
      'Gradients',
      'Optimizer states',
      'Activations',
      'Runtime overhead',
      'Total per GPU',
      'Capacity',
      'Fits',
    ]);
    const row = within(table).getAllByRole('row')[1]!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const parts = [
      e.layout.perGpu.weights,
      e.layout.perGpu.gradients,
      e.layout.perGpu.optimizer,
      e.layout.perGpu.activations,
      e.layout.perGpu.overhead,
    ];
    expect(cells.slice(1)).toEqual(
      [...parts, e.layout.perGpuBytes, e.layout.capacityBytes]
        .map((bytes) => formatBytesIn(bytes, 'GB'))
        .concat(e.layout.fits ? 'Yes' : 'No'),
    );
    const chart = screen.getByRole('img', { name: /^Stacked bar chart: per-GPU memory/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(`weights ${formatBytesIn(e.layout.perGpu.weights, 'GB')}`),
    );
    await chartLoaded();
  });

  it('compares every dtype and lists the ones that do not apply', async () => {
    renderSection({ unit: 'GB' });
    await userEvent.click(screen.getByRole('radio', { name: 'Every dtype' }));
    const table = screen.getByRole('table', { name: 'Memory per GPU in each dtype, in GB' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.split(' ')[0]),
    ).toEqual(['fp32', 'bf16', 'fp16']);
    expect(screen.getByRole('list', { name: 'Not shown' })).toHaveTextContent('int4');
    await chartLoaded();
  });

  it('compares every GPU preset, in the unit the page uses', async () => {
    renderSection();
    await userEvent.click(screen.getByRole('radio', { name: 'Every GPU' }));
    expect(screen.getByRole('radio', { name: 'Every GPU' })).toBeChecked();
    const table = screen.getByRole('table', { name: 'Memory per GPU on each GPU preset, in GiB' });
    expect(
      within(table).getByRole('rowheader', { name: /RTX 4090 24GB .*\(selected\)/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Capacity of each GPU')).toBeInTheDocument();
    await chartLoaded();
  });

  it('asks for valid inputs instead of drawing numbers it cannot compute', () => {
    const store = renderSection();
    act(() => store.getState().setField('batch', 0));
    expect(screen.getByText('Fix the highlighted inputs to see the chart.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

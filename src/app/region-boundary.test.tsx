import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalculatorStore } from '../state/calculator-store';
import { Verdict } from '../ui/results/verdict';
import { WorkloadForm } from '../ui/inputs/workload-form';
import { RegionBoundary } from './region-boundary';
import { CalculatorStoreProvider } from '../state/react/calculator-context';

/** Throws on render while `fault.isBroken` is set: a stand-in for a bug in one region. */
const fault = { isBroken: true, message: 'chart rows out of order' };
function Fragile() {
  const [clicks, setClicks] = useState(0);
  if (fault.isBroken) throw new Error(fault.message);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      Fragile clicked {clicks} times
    </button>
  );
}

function renderPage() {
  const store = createCalculatorStore();
  const caught = vi.fn();
  const user = userEvent.setup();
  render(
    <CalculatorStoreProvider store={store}>
      <RegionBoundary name="Workload">
        <WorkloadForm />
      </RegionBoundary>
      <RegionBoundary name="Verdict">
        <Verdict />
      </RegionBoundary>
      <RegionBoundary name="Memory chart">
        <Fragile />
      </RegionBoundary>
    </CalculatorStoreProvider>,
    // React hands each caught error here instead of to console.error, which fails the test.
    { onCaughtError: caught },
  );
  return { store, caught, user };
}

describe('RegionBoundary', () => {
  beforeEach(() => {
    fault.isBroken = true;
    fault.message = 'chart rows out of order';
  });

  it('replaces only the failing region with its message and a reset button', () => {
    const { caught } = renderPage();
    const failed = screen.getByRole('alert', { name: 'Memory chart (failed)' });
    expect(failed).toHaveTextContent('This section failed: chart rows out of order');
    expect(within(failed).getByRole('button', { name: 'Reset this section' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Verdict' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Workload' })).toBeVisible();
    expect(caught).toHaveBeenCalled();
  });

  it('keeps the other regions working: an input still changes the verdict', async () => {
    const { store, user } = renderPage();
    const box = screen.getByRole('spinbutton', { name: 'Batch size (exact)' });
    await user.clear(box);
    await user.type(box, '8');
    expect(store.getState().scenario.batch).toBe(8);
    expect(screen.getByTestId('summary')).toHaveTextContent('batch 8');
  });

  it('remounts the region on reset, with fresh state, once the fault is gone', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Reset this section' }));
    // Still broken: the reset fails again and says so, rather than showing a blank region.
    expect(screen.getByRole('alert', { name: 'Memory chart (failed)' })).toBeVisible();

    fault.isBroken = false;
    await user.click(screen.getByRole('button', { name: 'Reset this section' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fragile clicked 0 times' }));
    expect(screen.getByRole('button', { name: 'Fragile clicked 1 times' })).toBeVisible();
  });

  it('names a failure that carries no message', () => {
    fault.message = '';
    renderPage();
    expect(screen.getByRole('alert')).toHaveTextContent('This section failed: an unexpected error');
  });

  it('shortens a runaway message instead of pushing the page apart', () => {
    fault.message = 'x'.repeat(5000);
    renderPage();
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain(`${'x'.repeat(300)}…`);
    expect(text).not.toContain('x'.repeat(301));
  });
});

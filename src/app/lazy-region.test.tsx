import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createCalculatorStore } from '../state/calculator-store';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { useShownScenario } from '../state/react/shown-scenario';
import type { LazyComponent } from './below-the-fold';
import { LazyRegion } from './lazy-region';
import { fakeIdleAndIntersection } from '../test/fake-idle-and-intersection';
import { FakeIntersectionObserver } from '../test/fake-intersection-observer';

function BatchShown() {
  return <p>Below shows batch {useShownScenario().batch}</p>;
}

/** A region whose chunk comes when the test says, through `arrive`. */
function slowRegion() {
  let arrive = () => {};
  const chunk = new Promise<void>((resolve) => (arrive = resolve));
  return { region: { Component: BatchShown, load: () => chunk }, arrive: () => arrive() };
}

function renderLazy(
  region: LazyComponent = { Component: BatchShown, load: () => Promise.resolve() },
) {
  const store = createCalculatorStore();
  render(
    <CalculatorStoreProvider store={store}>
      <LazyRegion name="Below" region={region} />
    </CalculatorStoreProvider>,
  );
  return store;
}

describe('LazyRegion', () => {
  fakeIdleAndIntersection();

  it('draws nothing of the region in the first render, only a placeholder naming it', () => {
    renderLazy();
    expect(screen.getByText('Below: loading…')).toBeInTheDocument();
    expect(screen.queryByText(/Below shows batch/)).not.toBeInTheDocument();
  });

  it('draws the region as soon as it nears the viewport', async () => {
    renderLazy();
    await act(async () => FakeIntersectionObserver.all[0]?.report(true));
    expect(screen.getByText('Below shows batch 1')).toBeInTheDocument();
  });

  it('draws the region only once its chunk has come, keeping the placeholder until then', async () => {
    const { region, arrive } = slowRegion();
    renderLazy(region);
    await act(async () => FakeIntersectionObserver.all[0]?.report(true));
    expect(screen.getByText('Below: loading…')).toBeInTheDocument();
    expect(screen.queryByText(/Below shows batch/)).not.toBeInTheDocument();
    await act(async () => arrive());
    expect(screen.getByText('Below shows batch 1')).toBeInTheDocument();
  });

  it('draws the region once the browser is idle, out of view, and it follows the scenario', async () => {
    const store = renderLazy();
    act(() => FakeIntersectionObserver.all[0]?.report(false));
    expect(screen.queryByText(/Below shows batch/)).not.toBeInTheDocument();
    await act(() => vi.runAllTimersAsync());
    expect(screen.getByText('Below shows batch 1')).toBeInTheDocument();
    act(() => store.getState().setField('batch', 4));
    await act(() => vi.runAllTimersAsync());
    expect(screen.getByText('Below shows batch 4')).toBeInTheDocument();
  });
});

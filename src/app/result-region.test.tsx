import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalculatorStore, type CalculatorStore } from '../state/calculator-store';
import { useShownScenario } from '../state/react/shown-scenario';
import { ResultRegion } from './result-region';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { FakeIntersectionObserver } from '../test/fake-intersection-observer';

function BatchShown({ label }: { label: string }) {
  return (
    <p>
      {label} shows batch {useShownScenario().batch}
    </p>
  );
}

/** Records, in each commit of its region, what the region below the fold shows at that moment. */
function OffScreenWitness({ seen }: { seen: string[] }) {
  const { batch } = useShownScenario();
  useLayoutEffect(() => {
    const below = screen.getByText(/^Below the fold shows/).textContent;
    seen.push(`on screen ${batch}, below the fold: ${below}`);
  }, [batch, seen]);
  return null;
}

function renderRegions(store: CalculatorStore) {
  render(
    <CalculatorStoreProvider store={store}>
      <ResultRegion name="On screen">
        <BatchShown label="On screen" />
      </ResultRegion>
      <ResultRegion name="Below the fold">
        <BatchShown label="Below the fold" />
      </ResultRegion>
      <BatchShown label="Outside any region" />
    </CalculatorStoreProvider>,
  );
}

describe('ResultRegion', () => {
  beforeEach(() => {
    FakeIntersectionObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a region off screen follows after the frame that paints the one on screen', async () => {
    const store = createCalculatorStore();
    const seen: string[] = [];
    render(
      <CalculatorStoreProvider store={store}>
        <ResultRegion name="On screen">
          <BatchShown label="On screen" />
          <OffScreenWitness seen={seen} />
        </ResultRegion>
        <ResultRegion name="Below the fold">
          <BatchShown label="Below the fold" />
        </ResultRegion>
      </CalculatorStoreProvider>,
    );
    const [, belowTheFold] = FakeIntersectionObserver.all;
    act(() => belowTheFold?.report(false));

    act(() => store.getState().setField('batch', 8));

    // In the commit that shows batch 8 on screen, the region below the fold still shows batch 1:
    // it was not rendered in that frame. Without the deferral both would change together.
    expect(seen).toContain('on screen 8, below the fold: Below the fold shows batch 1');
    expect(screen.getByText('On screen shows batch 8')).toBeInTheDocument();
    expect(await screen.findByText('Below the fold shows batch 8')).toBeInTheDocument();
  });

  it('a region on screen and a component outside any region follow in the same commit', () => {
    const store = createCalculatorStore();
    renderRegions(store);
    act(() => store.getState().setField('batch', 8));
    expect(screen.getByText('On screen shows batch 8')).toBeInTheDocument();
    expect(screen.getByText('Outside any region shows batch 8')).toBeInTheDocument();
  });

  it('a region that scrolls into view shows the latest scenario', async () => {
    const store = createCalculatorStore();
    renderRegions(store);
    const [, belowTheFold] = FakeIntersectionObserver.all;
    act(() => belowTheFold?.report(false));
    act(() => store.getState().setField('batch', 4));
    act(() => belowTheFold?.report(true));
    expect(await screen.findByText('Below the fold shows batch 4')).toBeInTheDocument();
  });

  it('treats every region as on screen where the browser cannot tell (no IntersectionObserver)', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const store = createCalculatorStore();
    renderRegions(store);
    act(() => store.getState().setField('batch', 16));
    expect(screen.getByText('Below the fold shows batch 16')).toBeInTheDocument();
  });
});

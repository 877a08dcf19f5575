import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeIdleAndIntersection } from '../../test/fake-idle-and-intersection';
import { FakeIntersectionObserver } from '../../test/fake-intersection-observer';
import { WhenNear } from './when-near';

// jsdom has no requestIdleCallback: whenIdle waits 50 ms instead, which the fake clock plays.
const IDLE_PERIOD_MS = 50;

describe('WhenNear', () => {
  fakeIdleAndIntersection();

  it('draws two charts that come near together in two idle periods, one each', async () => {
    render(
      <>
        <WhenNear fallback={<p>A waits</p>}>
          <p>Chart A</p>
        </WhenNear>
        <WhenNear fallback={<p>B waits</p>}>
          <p>Chart B</p>
        </WhenNear>
      </>,
    );
    await act(async () => {
      for (const observer of FakeIntersectionObserver.all) observer.report(true);
    });
    expect(screen.getByText('A waits')).toBeInTheDocument();
    expect(screen.getByText('B waits')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(IDLE_PERIOD_MS));
    expect(screen.getByText('Chart A')).toBeInTheDocument();
    expect(screen.getByText('B waits')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(IDLE_PERIOD_MS));
    expect(screen.getByText('Chart B')).toBeInTheDocument();
  });

  it("holds the next chart back until the first one's script has come", async () => {
    let arrive = () => {};
    const scriptA = () =>
      new Promise<void>((resolve) => {
        arrive = resolve;
      });
    const scriptB = vi.fn(() => Promise.resolve());
    render(
      <>
        <WhenNear fallback={<p>A waits</p>} load={scriptA}>
          <p>Chart A</p>
        </WhenNear>
        <WhenNear fallback={<p>B waits</p>} load={scriptB}>
          <p>Chart B</p>
        </WhenNear>
      </>,
    );
    await act(async () => {
      for (const observer of FakeIntersectionObserver.all) observer.report(true);
    });
    await act(() => vi.advanceTimersByTimeAsync(3 * IDLE_PERIOD_MS));
    expect(screen.getByText('A waits')).toBeInTheDocument();
    expect(scriptB).not.toHaveBeenCalled();

    await act(async () => arrive());
    expect(screen.getByText('Chart A')).toBeInTheDocument();
    expect(screen.getByText('B waits')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(IDLE_PERIOD_MS));
    expect(screen.getByText('Chart B')).toBeInTheDocument();
  });

  it('draws nothing while its place is far from the viewport', async () => {
    render(
      <WhenNear fallback={<p>Waits</p>}>
        <p>Chart</p>
      </WhenNear>,
    );
    await act(() => vi.advanceTimersByTimeAsync(10 * IDLE_PERIOD_MS));
    expect(screen.getByText('Waits')).toBeInTheDocument();
  });
});

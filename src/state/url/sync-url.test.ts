import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalculatorStore } from '../calculator-store';
import { createSamplingStore, SAMPLING_DEFAULTS } from '../sampling-store';
import { startUrlSync } from './sync-url';

describe('startUrlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?v=1');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes a burst of changes once, after the throttle window, with the last state', () => {
    const store = createCalculatorStore();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const stop = startUrlSync(store, window);

    for (const batch of [2, 3, 4, 5]) store.getState().setField('batch', batch);
    store.getState().setUnit('GB');
    vi.advanceTimersByTime(249);
    expect(replaceState).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&b=5&u=GB');
    stop();
  });

  it('keeps writing during a long drag, at most once per window', () => {
    const store = createCalculatorStore();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const stop = startUrlSync(store, window);

    for (let step = 1; step <= 20; step++) {
      store.getState().setField('seqLen', step * 100);
      vi.advanceTimersByTime(50);
    }
    expect(replaceState).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(250);
    expect(replaceState).toHaveBeenCalledTimes(4);
    expect(window.location.search).toBe('?v=1&s=2000');
    stop();
  });

  it('where the browser offers idle callbacks, writes in an idle moment after the window', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    try {
      const store = createCalculatorStore();
      const replaceState = vi.spyOn(window.history, 'replaceState');
      const stop = startUrlSync(store, window);

      store.getState().setField('batch', 6);
      vi.advanceTimersByTime(250);
      expect(replaceState).not.toHaveBeenCalled();
      expect(idle).toHaveLength(1);

      store.getState().setField('batch', 7);
      idle[0]?.({ didTimeout: false, timeRemaining: () => 10 });
      expect(replaceState).toHaveBeenCalledTimes(1);
      expect(window.location.search).toBe('?v=1&b=7');

      store.getState().setField('batch', 9);
      vi.advanceTimersByTime(250);
      stop();
      expect(window.cancelIdleCallback).toHaveBeenCalledTimes(1);
      expect(window.location.search).toBe('?v=1&b=9');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps the path and the hash, and skips a write that would change nothing', () => {
    window.history.replaceState(null, '', '/calc/?v=1#results');
    const store = createCalculatorStore();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const stop = startUrlSync(store, window);

    store.getState().setField('batch', 1);
    vi.advanceTimersByTime(250);
    expect(replaceState).not.toHaveBeenCalled();

    store.getState().setField('batch', 8);
    vi.advanceTimersByTime(250);
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/calc/?v=1&b=8#results',
    );
    stop();
  });

  it('reads the URL back into the store on back/forward and reports its problems', () => {
    const store = createCalculatorStore();
    const onIssues = vi.fn();
    const stop = startUrlSync(store, window, { onIssues });

    window.history.replaceState(null, '', '/?v=1&m=llama-2-13b&b=oops&u=GB');
    window.dispatchEvent(new PopStateEvent('popstate'));

    expect(store.getState().scenario.model).toBe('llama-2-13b');
    expect(store.getState().scenario.batch).toBe(1);
    expect(store.getState().unit).toBe('GB');
    expect(onIssues).toHaveBeenCalledWith([
      { key: 'b', reason: expect.stringContaining('not a number') },
    ]);
    stop();
  });

  it('stops listening when unsubscribed, writing a pending change first', () => {
    const store = createCalculatorStore();
    const stop = startUrlSync(store, window);
    store.getState().setField('batch', 6);
    stop();
    expect(window.location.search).toBe('?v=1&b=6');

    store.getState().setField('batch', 7);
    vi.advanceTimersByTime(1000);
    expect(window.location.search).toBe('?v=1&b=6');
    window.history.replaceState(null, '', '/?v=1&b=9');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().scenario.batch).toBe(7);
  });

  it('writes the what-can-I-run choices, and reads them back on back and forward', () => {
    const store = createCalculatorStore();
    const stop = startUrlSync(store, window);
    store
      .getState()
      .setFits({ gpus: ['current', 'h100-80gb'], sort: { key: 'speed', descending: true } });
    vi.advanceTimersByTime(250);
    expect(window.location.search).toBe('?v=1&crg=current,h100-80gb&crs=-speed');

    window.history.replaceState(null, '', '/?v=1&crf=gpu');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().fits).toMatchObject({
      gpus: ['current'],
      fit: 'gpu',
      sort: { key: 'model', descending: false },
    });
    stop();
  });

  it('writes the sampling choices with the calculator’s, in the same throttle window', () => {
    const store = createCalculatorStore();
    const sampling = createSamplingStore();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const stop = startUrlSync(store, window, { sampling });

    store.getState().setField('batch', 3);
    sampling.getState().setTemperature(0.6);
    sampling.getState().applyArticlePreset();
    vi.advanceTimersByTime(250);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&b=3&xt=0.8&xk=36&xp=0.7');

    // The first draw only marks that a draw happened, which the link does not carry.
    sampling.getState().draw();
    vi.advanceTimersByTime(250);
    expect(replaceState).toHaveBeenCalledTimes(1);
    sampling.getState().draw();
    vi.advanceTimersByTime(250);
    expect(window.location.search).toBe('?v=1&b=3&xt=0.8&xk=36&xp=0.7&xr=43');
    stop();
  });

  it('restores the sampling choices on back/forward, keeping the draw flag', () => {
    const store = createCalculatorStore();
    const sampling = createSamplingStore({ topK: 5 });
    sampling.getState().draw();
    const onIssues = vi.fn();
    const stop = startUrlSync(store, window, { sampling, onIssues });

    window.history.replaceState(null, '', '/?v=1&xt=0.5&xl=a+1%0Ab+2&xr=oops');
    window.dispatchEvent(new PopStateEvent('popstate'));

    expect(sampling.getState()).toMatchObject({
      ...SAMPLING_DEFAULTS,
      temperature: 0.5,
      source: 'custom',
      customText: 'a 1\nb 2',
      hasDrawn: true,
    });
    expect(onIssues).toHaveBeenCalledWith([{ key: 'xr', reason: 'is not a number, got "oops"' }]);
    stop();
  });
});

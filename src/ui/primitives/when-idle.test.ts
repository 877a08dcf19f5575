import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchWhenIdle, whenIdle } from './when-idle';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs one callback per idle period, in the order they were queued', async () => {
    const ran: string[] = [];
    whenIdle(() => ran.push('first'));
    whenIdle(() => ran.push('second'));
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['first']);
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['first', 'second']);
  });

  it('holds the next callback back until a promise the last one returned settles', async () => {
    const ran: string[] = [];
    let settle = () => {};
    whenIdle(() => new Promise<void>((resolve) => (settle = resolve)));
    whenIdle(() => ran.push('after'));
    await vi.runAllTimersAsync();
    expect(ran).toEqual([]);
    settle();
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['after']);
  });

  it('takes a callback back out of the queue', async () => {
    const ran: string[] = [];
    const cancel = whenIdle(() => ran.push('cancelled'));
    whenIdle(() => ran.push('kept'));
    cancel();
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['kept']);
  });

  it('starts every fetch in the next idle period, without waiting for the queue', async () => {
    const started: string[] = [];
    let settle = () => {};
    whenIdle(() => new Promise<void>((resolve) => (settle = resolve)));
    fetchWhenIdle(async () => started.push('a'));
    fetchWhenIdle(async () => started.push('b'));
    await vi.advanceTimersToNextTimerAsync();
    expect(started).toEqual(['a', 'b']);
    settle();
  });
});

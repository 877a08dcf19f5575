import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelSpec } from '../domain/model';
import { findModelPreset } from '../domain/presets/models';
import { createCalculatorStore } from './calculator-store';
import { isHubSourcePending, modelEdits, type HubSource } from './hub-source';
import { startUrlSync } from './url/sync-url';

const base = {
  ...(findModelPreset('mistral-7b')?.model as ModelSpec),
  name: 'mistralai/Mistral-7B-v0.1',
};
const reference = { repoId: 'mistralai/Mistral-7B-v0.1', revision: 'main' };
const pending: HubSource = { ...reference, imported: null, edits: { layers: 40 } };

describe('modelEdits', () => {
  it('lists only the fields that differ, null included', () => {
    expect(modelEdits(base, base)).toEqual({});
    expect(modelEdits({ ...base, layers: 40, slidingWindow: null }, base)).toEqual({
      layers: 40,
      slidingWindow: null,
    });
  });
});

describe('the hub source in the calculator store', () => {
  it('is set by an import from the Hub and kept through edits of that model', () => {
    const store = createCalculatorStore();
    store.getState().applyImportedModel(base, reference);
    expect(store.getState().scenario.model).toEqual(base);
    expect(store.getState().hubSource).toEqual({ ...reference, imported: base, edits: {} });
    store.getState().setCustomModel({ ...base, layers: 40 });
    expect(store.getState().hubSource?.imported).toBe(base);
  });

  it("applies a link's edits on top of the import it was waiting for", () => {
    const store = createCalculatorStore({ hubSource: pending });
    expect(isHubSourcePending(store.getState().hubSource)).toBe(true);
    store.getState().applyImportedModel(base, reference, pending.edits);
    expect(store.getState().scenario.model).toEqual({ ...base, layers: 40 });
    expect(store.getState().hubSource).toMatchObject({ imported: base, edits: {} });
  });

  it('is cleared by a preset, a pasted config, a whole new scenario and a reset', () => {
    const store = createCalculatorStore();
    const clearers = [
      () => store.getState().applyModelPreset('llama-2-13b'),
      () => store.getState().applyImportedModel(base, null),
      () => store.getState().replaceScenario(store.getState().scenario),
      () => store.getState().reset(),
    ];
    for (const clear of clearers) {
      store.getState().applyImportedModel(base, reference);
      clear();
      expect(store.getState().hubSource).toBeNull();
    }
  });

  it("drops a link's pending import when the user picks a custom model first", () => {
    const store = createCalculatorStore({ hubSource: pending });
    store.getState().setCustomModel({ ...base });
    expect(store.getState().hubSource).toBeNull();
  });
});

describe('the hub source in the address bar', () => {
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('writes hf when a model is imported and reads it back on back and forward', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?v=1');
    const store = createCalculatorStore();
    const stop = startUrlSync(store, window);
    store.getState().applyImportedModel(base, reference);
    store.getState().setCustomModel({ ...base, layers: 40 });
    vi.advanceTimersByTime(250);
    expect(window.location.search).toBe('?v=1&hf=mistralai/Mistral-7B-v0.1&m.layers=40');

    window.history.replaceState(null, '', '/?v=1&hf=gpt2&hfr=v2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().hubSource).toEqual({
      repoId: 'gpt2',
      revision: 'v2',
      imported: null,
      edits: {},
    });
    expect(store.getState().scenario.model).toBe('llama-2-7b');
    stop();
  });
});

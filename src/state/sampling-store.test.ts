import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PRESET,
  SAMPLING_DEFAULTS,
  createSamplingStore,
  pickSamplingChoices,
  samplingChoiceIssues,
  samplingChoicesChanged,
} from './sampling-store';

describe('sampling store', () => {
  it('starts from the defaults, overridden by what it is given', () => {
    expect(createSamplingStore().getState()).toMatchObject({
      ...SAMPLING_DEFAULTS,
      hasDrawn: false,
    });
    expect(createSamplingStore({ topP: 0.9, seed: 7 }).getState()).toMatchObject({
      topP: 0.9,
      seed: 7,
      topK: SAMPLING_DEFAULTS.topK,
    });
  });

  it('the article preset sets T, K and P together', () => {
    const store = createSamplingStore();
    store.getState().applyArticlePreset();
    expect(store.getState()).toMatchObject({ temperature: 0.8, topK: 36, topP: 0.7 });
    expect(ARTICLE_PRESET).toEqual({ temperature: 0.8, topK: 36, topP: 0.7 });
  });

  it('stores each parameter as given, so validation can name what is wrong', () => {
    const store = createSamplingStore();
    store.getState().setTemperature(3);
    store.getState().setTopK(2.5);
    store.getState().setTopP(0.25);
    expect(store.getState()).toMatchObject({ temperature: 3, topK: 2.5, topP: 0.25 });
    expect(samplingChoiceIssues(store.getState()).map((issue) => issue.field)).toEqual([
      'temperature',
      'topK',
    ]);
  });

  it('pasting a list switches to it; choosing the example keeps the pasted text', () => {
    const store = createSamplingStore();
    store.getState().setCustomText('a 1\nb 2');
    expect(store.getState()).toMatchObject({ source: 'custom', customText: 'a 1\nb 2' });
    store.getState().chooseExample();
    expect(store.getState()).toMatchObject({ source: 'example', customText: 'a 1\nb 2' });
    store.getState().chooseCustom();
    expect(store.getState().source).toBe('custom');
  });

  it('the first draw keeps the seed shown, later draws move to the next seed', () => {
    const store = createSamplingStore({ seed: 41 });
    store.getState().draw();
    expect(store.getState()).toMatchObject({ hasDrawn: true, seed: 41 });
    store.getState().draw();
    expect(store.getState().seed).toBe(42);
    store.getState().setSeed(0xffff_ffff);
    store.getState().draw();
    expect(store.getState().seed).toBe(0);
  });

  it('replaces choices from a link and resets to the defaults', () => {
    const store = createSamplingStore();
    store.getState().draw();
    store.getState().replaceChoices({ temperature: 0.5, drawCount: 100 });
    expect(store.getState()).toMatchObject({ temperature: 0.5, drawCount: 100, hasDrawn: true });
    store.getState().reset();
    expect(store.getState()).toMatchObject({ ...SAMPLING_DEFAULTS, hasDrawn: false });
  });

  it('names every field that is out of range', () => {
    expect(samplingChoiceIssues(SAMPLING_DEFAULTS)).toEqual([]);
    const issues = samplingChoiceIssues({
      ...SAMPLING_DEFAULTS,
      temperature: -1,
      topK: 0,
      topP: 1.5,
      drawCount: 0,
      seed: -3,
    });
    expect(issues.map((issue) => issue.field)).toEqual([
      'temperature',
      'topK',
      'topP',
      'drawCount',
      'seed',
    ]);
    expect(
      samplingChoiceIssues({ ...SAMPLING_DEFAULTS, temperature: Number.NaN })[0]?.message,
    ).toBe('must be a number');
  });

  it('picks the choices a link carries and tells a choice change from a draw flag change', () => {
    const store = createSamplingStore({ seed: 9 });
    const before = store.getState();
    expect(pickSamplingChoices(before)).toEqual({ ...SAMPLING_DEFAULTS, seed: 9 });
    store.getState().draw();
    expect(samplingChoicesChanged(store.getState(), before)).toBe(false);
    store.getState().draw();
    expect(samplingChoicesChanged(store.getState(), before)).toBe(true);
  });
});

import { createStore, type StoreApi } from 'zustand/vanilla';
import { checkPositiveInteger, type FieldIssue } from '../domain/errors';
import { SAMPLING_LIMITS, samplingOptionIssues, type SamplingOptions } from '../domain/sampling';

export type DistributionSource = 'example' | 'custom';

/** What the sampling explorer's user chose: everything a share link needs to show the same panel. */
export interface SamplingChoices {
  temperature: number;
  topK: number;
  topP: number;
  source: DistributionSource;
  /** The pasted "token logit" lines, kept as typed; parsing happens during render. */
  customText: string;
  drawCount: number;
  seed: number;
}

export interface SamplingState extends SamplingChoices {
  /** Whether the user has asked for a draw yet in this session; not part of a share link. */
  hasDrawn: boolean;
}

export interface SamplingActions {
  setTemperature: (temperature: number) => void;
  setTopK: (topK: number) => void;
  setTopP: (topP: number) => void;
  /** The article's worked example: T = 0.8, K = 36, P = 0.7. */
  applyArticlePreset: () => void;
  chooseExample: () => void;
  chooseCustom: () => void;
  /** Store the pasted list and switch to it. */
  setCustomText: (text: string) => void;
  setDrawCount: (count: number) => void;
  setSeed: (seed: number) => void;
  /** The first draw uses the seed shown (so a shared seed repeats); each later one moves to the next seed. */
  draw: () => void;
  /** Replace some or all choices at once (from a share link); the session's draw flag is kept. */
  replaceChoices: (choices: Partial<SamplingChoices>) => void;
  reset: () => void;
}

export type SamplingStore = StoreApi<SamplingState & SamplingActions>;

/** Hugging Face `generate` defaults (T = 1, top_k = 50, top_p = 1) on the built-in example; a share link leaves these out. */
export const SAMPLING_DEFAULTS: Readonly<SamplingChoices> = {
  temperature: 1,
  topK: 50,
  topP: 1,
  source: 'example',
  customText: '',
  drawCount: 1000,
  seed: 42,
};

/** The seed article's worked example (docs/method.md §9). */
export const ARTICLE_PRESET: Readonly<SamplingOptions> = { temperature: 0.8, topK: 36, topP: 0.7 };

export const DRAW_COUNTS = [100, 1000, 10_000] as const;

/** What is wrong with the choices, by field; empty when the panel can compute them. */
export function samplingChoiceIssues(choices: SamplingChoices): FieldIssue[] {
  const issues = samplingOptionIssues(choices);
  checkPositiveInteger(issues, 'drawCount', choices.drawCount, {
    max: SAMPLING_LIMITS.drawCount.max,
  });
  checkPositiveInteger(issues, 'seed', choices.seed, {
    allowZero: true,
    max: SAMPLING_LIMITS.seed.max,
  });
  return issues;
}

/** Only the choices of a sampling state (no session flag, no actions): what a share link carries. */
export function pickSamplingChoices(state: SamplingChoices): SamplingChoices {
  const { temperature, topK, topP, source, customText, drawCount, seed } = state;
  return { temperature, topK, topP, source, customText, drawCount, seed };
}

/** Whether any choice differs between two states; the session's draw flag does not count. */
export function samplingChoicesChanged(a: SamplingChoices, b: SamplingChoices): boolean {
  return (Object.keys(SAMPLING_DEFAULTS) as (keyof SamplingChoices)[]).some(
    (key) => !Object.is(a[key], b[key]),
  );
}

/** A fresh store; each test and each page load gets its own. */
export function createSamplingStore(initial: Partial<SamplingChoices> = {}): SamplingStore {
  return createStore<SamplingState & SamplingActions>()((set) => ({
    ...SAMPLING_DEFAULTS,
    ...initial,
    hasDrawn: false,
    setTemperature: (temperature) => set({ temperature }),
    setTopK: (topK) => set({ topK }),
    setTopP: (topP) => set({ topP }),
    applyArticlePreset: () => set({ ...ARTICLE_PRESET }),
    chooseExample: () => set({ source: 'example' }),
    chooseCustom: () => set({ source: 'custom' }),
    setCustomText: (customText) => set({ customText, source: 'custom' }),
    setDrawCount: (drawCount) => set({ drawCount }),
    setSeed: (seed) => set({ seed }),
    draw: () =>
      set((state) => {
        if (!state.hasDrawn) return { hasDrawn: true };
        return { seed: state.seed >= SAMPLING_LIMITS.seed.max ? 0 : state.seed + 1 };
      }),
    replaceChoices: (choices) => set(choices),
    reset: () => set({ ...SAMPLING_DEFAULTS, hasDrawn: false }),
  }));
}

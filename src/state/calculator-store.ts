import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GpuSpec } from '../domain/gpu';
import type { ModelSpec } from '../domain/model';
import { findGpuPreset } from '../domain/presets/gpus';
import { findModelPreset } from '../domain/presets/models';
import { freshScenario, type Scenario } from '../domain/scenario';
import { DEFAULT_UNIT, type UnitSystem } from '../domain/units';
import type { HubReference } from '../hub/hub-id';
import { freshFitsChoices, type FitsChoices } from './fits-choices';
import { isHubSourcePending, type HubSource } from './hub-source';

/** What the user chose: the scenario the engine takes, plus how numbers are shown. Derived numbers are never stored. */
export interface CalculatorState {
  scenario: Scenario;
  unit: UnitSystem;
  /** The Hub model the current one was imported from, or null (optional so plain {scenario, unit} values still fit). */
  hubSource?: HubSource | null;
  /** A scenario pinned as A, to compare the current one (B) with; null when nothing is pinned. */
  pinned?: Scenario | null;
  /** The user's own prices per GPU-hour, by priceKey; none are shipped as facts. */
  prices?: Readonly<Record<string, number>>;
  /** The "What can I run on this?" view's GPUs, filters and sort. */
  fits?: FitsChoices;
}

export interface CalculatorActions {
  /** Set one scenario field; the value is stored as given and the engine's validation reports problems. */
  setField: <K extends keyof Scenario>(key: K, value: Scenario[K]) => void;
  /** Set several scenario fields in one step (switching to a manual layout with its sizes). */
  setFields: (fields: Partial<Scenario>) => void;
  applyModelPreset: (id: string) => void;
  applyGpuPreset: (id: string) => void;
  /** Switch to a custom architecture, starting from the current model. */
  setCustomModel: (model: ModelSpec) => void;
  setCustomGpu: (gpu: GpuSpec) => void;
  /** Replace the whole scenario (from a share link or an import). */
  replaceScenario: (scenario: Scenario) => void;
  /**
   * Use a model read from a config.json: `hub` says where on the Hub it came from (null for a pasted
   * or dropped file), and a shared link's `edits` go on top of it.
   */
  applyImportedModel: (
    imported: ModelSpec,
    hub: HubReference | null,
    edits?: Partial<ModelSpec>,
  ) => void;
  /** What a link says the Hub model is (read again on back and forward). */
  setHubSource: (source: HubSource | null) => void;
  setUnit: (unit: UnitSystem) => void;
  /** Pin the current scenario as A; later changes make B. */
  pinScenario: () => void;
  /** Set what is pinned (from a link, or null to stop comparing). */
  setPinned: (pinned: Scenario | null) => void;
  /** Swap A and B: the pinned scenario becomes the current one and the other way round. */
  swapPinned: () => void;
  /** Set one GPU's price per GPU-hour, or clear it with null. */
  setPrice: (key: string, price: number | null) => void;
  setPrices: (prices: Readonly<Record<string, number>>) => void;
  /** Change some of the "What can I run on this?" choices. */
  setFits: (choices: Partial<FitsChoices>) => void;
  reset: () => void;
}

export type CalculatorStore = StoreApi<CalculatorState & CalculatorActions>;

/** A fresh store; each test and each page load gets its own. */
export function createCalculatorStore(initial: Partial<CalculatorState> = {}): CalculatorStore {
  return createStore<CalculatorState & CalculatorActions>()((set) => ({
    scenario: freshScenario(),
    unit: DEFAULT_UNIT,
    hubSource: null,
    ...initial,
    setField: (key, value) => set((state) => ({ scenario: { ...state.scenario, [key]: value } })),
    setFields: (fields) => set((state) => ({ scenario: { ...state.scenario, ...fields } })),
    applyModelPreset: (id) => {
      if (findModelPreset(id))
        set((state) => ({ scenario: { ...state.scenario, model: id }, hubSource: null }));
    },
    applyGpuPreset: (id) => {
      if (findGpuPreset(id)) set((state) => ({ scenario: { ...state.scenario, gpu: id } }));
    },
    // Choosing another model while a link's Hub import is still loading cancels that import.
    setCustomModel: (model) =>
      set((state) => ({
        scenario: { ...state.scenario, model },
        hubSource: isHubSourcePending(state.hubSource) ? null : state.hubSource,
      })),
    setCustomGpu: (gpu) => set((state) => ({ scenario: { ...state.scenario, gpu } })),
    replaceScenario: (scenario) => set({ scenario, hubSource: null }),
    applyImportedModel: (imported, hub, edits = {}) =>
      set((state) => ({
        scenario: { ...state.scenario, model: { ...imported, ...edits } },
        hubSource: hub && { repoId: hub.repoId, revision: hub.revision, imported, edits: {} },
      })),
    setHubSource: (hubSource) => set({ hubSource }),
    setUnit: (unit) => set({ unit }),
    pinScenario: () => set((state) => ({ pinned: state.scenario })),
    setPinned: (pinned) => set({ pinned }),
    setPrice: (key, price) =>
      set((state) => {
        const prices = { ...state.prices };
        if (price === null) delete prices[key];
        else prices[key] = price;
        return { prices };
      }),
    setPrices: (prices) => set({ prices }),
    setFits: (choices) =>
      set((state) => ({ fits: { ...(state.fits ?? freshFitsChoices()), ...choices } })),
    swapPinned: () =>
      set((state) =>
        state.pinned ? { scenario: state.pinned, pinned: state.scenario, hubSource: null } : {},
      ),
    reset: () =>
      set({
        scenario: freshScenario(),
        hubSource: null,
      }),
  }));
}
